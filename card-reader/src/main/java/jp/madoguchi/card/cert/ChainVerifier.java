package jp.madoguchi.card.cert;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Verifies a holder certificate against the {@link TrustStore}: which CA generation signed it, usage sanity,
 * the JPKI key type (RSA-2048), both validity windows at the given instant and revocation by a configured CRL.
 * A bad certificate is a {@link ChainStatus}, never an exception. The chain is always one level: JPKI issues
 * holder certificates directly from its self-signed CAs.
 */
public final class ChainVerifier {
    private final TrustStore trust;

    public ChainVerifier(TrustStore trust) {
        this.trust = Objects.requireNonNull(trust, "trust");
    }

    /** Parses and verifies; unparseable bytes are {@link ChainStatus#MALFORMED}. */
    public ChainResult verify(byte[] der, Instant at) {
        try {
            return verify(CertificateParser.parse(der), at);
        } catch (MalformedCertificateException e) {
            return ChainResult.withoutIssuer(ChainStatus.MALFORMED, e.getMessage());
        }
    }

    public ChainResult verify(X509Certificate certificate, Instant at) {
        try {
            return check(certificate, at);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // BouncyCastle reports an unreadable key identifier extension this way.
            return ChainResult.withoutIssuer(ChainStatus.MALFORMED, "unreadable extension: " + e.getMessage());
        }
    }

    /**
     * For a CA certificate a card carries: VALID when it is one of the configured anchors byte for byte (a
     * look-alike with the same DN is UNTRUSTED) and inside its own validity window. The card's copy never
     * verifies anything, holder certificates are checked against the configured anchors, so this only tells
     * whether the card and the kiosk's trust configuration agree. CRLs are not consulted: they list holders.
     */
    public ChainResult verifyAnchor(X509Certificate ca, Instant at) {
        X500Principal name = ca.getSubjectX500Principal();
        if (!trust.anchors().contains(ca)) {
            int sameName = trust.anchorsNamed(name).size();
            return ChainResult.withoutIssuer(ChainStatus.UNTRUSTED, sameName == 0 ? "no trust anchor is named " + name
                    : "not one of the " + sameName + " trust anchor(s) named " + name
                            + "; this CA certificate is none of the configured generations");
        }
        return validity(ca, "the trust anchor", ca, at).orElseGet(() -> ChainResult.of(ChainStatus.VALID, ca,
                "one of the configured trust anchors: CA generation " + ChainResult.generation(ca)));
    }

    private ChainResult check(X509Certificate certificate, Instant at) {
        X500Principal issuerName = certificate.getIssuerX500Principal();
        List<X509Certificate> sameName = trust.anchorsNamed(issuerName);
        if (sameName.isEmpty()) {
            return ChainResult.withoutIssuer(ChainStatus.UNTRUSTED, "no trust anchor is named " + issuerName);
        }
        Optional<X509Certificate> found = IssuerSelector.find(certificate, sameName);
        if (found.isEmpty()) {
            return ChainResult.withoutIssuer(ChainStatus.UNTRUSTED, "the signature verifies with none of the "
                    + sameName.size() + " trust anchor(s) named " + issuerName
                    + "; no configured CA generation issued this certificate");
        }
        X509Certificate issuer = found.get();
        Optional<String> misuse = UsageCheck.problem(certificate, issuer);
        if (misuse.isPresent()) {
            return ChainResult.of(ChainStatus.INVALID_USAGE, issuer, misuse.get());
        }
        // The key is judged only once a configured CA is known to have signed: an untrusted certificate's key
        // is whatever its forger chose, and UNTRUSTED says the more important thing. It comes before the
        // validity windows and the CRL because no renewal makes a non-JPKI key usable at the kiosk.
        Optional<String> wrongKey = KeyCheck.problem(certificate);
        if (wrongKey.isPresent()) {
            return ChainResult.of(ChainStatus.UNSUPPORTED_KEY, issuer, wrongKey.get());
        }
        Optional<ChainResult> outOfWindow = validity(issuer, "the issuing CA", issuer, at)
                .or(() -> validity(certificate, "the certificate", issuer, at));
        if (outOfWindow.isPresent()) {
            return outOfWindow.get();
        }
        RevocationCheck.Outcome revocation = RevocationCheck.check(certificate, issuer,
                trust.crlsNamed(issuerName), at);
        if (revocation.revoked()) {
            return ChainResult.of(ChainStatus.REVOKED, issuer, revocation.note());
        }
        return ChainResult.of(ChainStatus.VALID, issuer,
                "issued by CA generation " + ChainResult.generation(issuer) + "; " + revocation.note());
    }

    private static Optional<ChainResult> validity(X509Certificate subject, String what, X509Certificate issuer,
            Instant at) {
        try {
            subject.checkValidity(Date.from(at));
            return Optional.empty();
        } catch (CertificateExpiredException e) {
            return Optional.of(ChainResult.of(ChainStatus.EXPIRED, issuer,
                    what + " expired at " + subject.getNotAfter().toInstant()));
        } catch (CertificateNotYetValidException e) {
            return Optional.of(ChainResult.of(ChainStatus.NOT_YET_VALID, issuer,
                    what + " is not valid before " + subject.getNotBefore().toInstant()));
        }
    }
}
