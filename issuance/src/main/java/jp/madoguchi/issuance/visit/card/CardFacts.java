package jp.madoguchi.issuance.visit.card;

import java.security.cert.X509Certificate;
import java.util.Objects;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;

/**
 * What a read found on a My Number card, without a PIN: the 利用者証明用 certificate (for the validity checks, never
 * for the UI), the tries left of the auth and signature PINs, and whether a 署名用 certificate exists.
 */
public record CardFacts(CardFingerprint fingerprint, X509Certificate authCertificate,
        boolean signatureCertificatePresent, PinTries authTries, PinTries signatureTries) {
    public CardFacts {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(authCertificate, "authCertificate");
        if (authTries.kind() != PinKind.AUTH || signatureTries.kind() != PinKind.SIGN) {
            throw new IllegalArgumentException("tries of the auth and signature PINs expected");
        }
    }
}
