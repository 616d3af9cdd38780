package jp.madoguchi.card.cert;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Looks a certificate up in the configured CRLs of the CA generation that issued it. A CRL counts only if
 * that generation's key verifies it: same-DN CRLs of other generations (or forgeries) are ignored.
 */
final class RevocationCheck {
    private RevocationCheck() {}

    static Outcome check(X509Certificate holder, X509Certificate issuer, List<X509CRL> sameName, Instant at) {
        List<X509CRL> genuine = sameName.stream().filter(crl -> signedBy(crl, issuer)).toList();
        if (genuine.isEmpty()) {
            return new Outcome(false, "no CRL from this CA generation is configured; revocation not checked");
        }
        boolean current = false;
        for (X509CRL crl : genuine) {
            X509CRLEntry entry = crl.getRevokedCertificate(holder);
            if (entry != null && !entry.getRevocationDate().toInstant().isAfter(at)) {
                return new Outcome(true, "revoked on " + entry.getRevocationDate().toInstant()
                        + " (CRL of " + crl.getThisUpdate().toInstant() + ")");
            }
            current |= crl.getNextUpdate() == null || !crl.getNextUpdate().toInstant().isBefore(at);
        }
        return new Outcome(false, current ? "not on the configured CRL"
                : "not on the configured CRL, but that CRL is past its next update; revocation may be stale");
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    record Outcome(boolean revoked, String note) {}
}
