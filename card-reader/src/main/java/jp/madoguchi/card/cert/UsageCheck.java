package jp.madoguchi.card.cert;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * BasicConstraints and KeyUsage sanity for a holder certificate and the anchor that issued it. JPKI CAs are
 * CAs with keyCertSign; holder certificates are not CAs and sign with digitalSignature (auth) or
 * digitalSignature + nonRepudiation (sign): docs/card.md, certificates.
 */
final class UsageCheck {
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final int KEY_CERT_SIGN = 5;

    private UsageCheck() {}

    /** The first problem found, or empty when the pair is sane. */
    static Optional<String> problem(X509Certificate holder, X509Certificate issuer) {
        if (issuer.getBasicConstraints() < 0) {
            return Optional.of("the issuing anchor is not a CA certificate (BasicConstraints)");
        }
        boolean[] issuerUsage = issuer.getKeyUsage();
        if (issuerUsage != null && !issuerUsage[KEY_CERT_SIGN]) {
            return Optional.of("the issuing anchor's KeyUsage does not allow signing certificates");
        }
        if (holder.getBasicConstraints() >= 0) {
            return Optional.of("the certificate is a CA certificate, not a holder's");
        }
        boolean[] usage = holder.getKeyUsage();
        if (usage != null && !usage[DIGITAL_SIGNATURE] && !usage[NON_REPUDIATION]) {
            return Optional.of("the certificate's KeyUsage allows neither digitalSignature nor nonRepudiation");
        }
        return Optional.empty();
    }
}
