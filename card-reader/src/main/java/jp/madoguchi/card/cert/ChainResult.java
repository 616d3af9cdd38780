package jp.madoguchi.card.cert;

import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The outcome of {@link ChainVerifier#verify} (or {@link ChainVerifier#verifyAnchor}, where the issuer is the
 * anchor itself). {@code issuer} is the anchor that signed the certificate (null when none did);
 * {@code generation} names that CA generation, e.g. {@code "2023 (SKI 1A2B3C4D)"}, since the DN cannot tell
 * generations apart. {@code message} is English for logs and the staff view.
 */
public record ChainResult(ChainStatus status, X509Certificate issuer, String generation, String message) {
    public ChainResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    public boolean valid() {
        return status == ChainStatus.VALID;
    }

    static ChainResult withoutIssuer(ChainStatus status, String message) {
        return new ChainResult(status, null, null, message);
    }

    static ChainResult of(ChainStatus status, X509Certificate issuer, String message) {
        return new ChainResult(status, issuer, generation(issuer), message);
    }

    /** The issuer's notBefore year (UTC), plus the first 4 bytes of its key identifier when present. */
    static String generation(X509Certificate issuer) {
        int year = issuer.getNotBefore().toInstant().atZone(ZoneOffset.UTC).getYear();
        return KeyIdentifiers.subjectKeyId(issuer)
                .map(ski -> year + " (SKI " + HexFormat.of().withUpperCase().formatHex(ski, 0, Math.min(4, ski.length))
                        + ")")
                .orElse(String.valueOf(year));
    }

    @Override
    public String toString() {
        return "ChainResult[" + status + ", generation " + generation + ": " + message + "]";
    }
}
