package jp.madoguchi.card.cert;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds which anchor signed a certificate when several share its issuer DN (the JPKI CA generations). The
 * AuthorityKeyIdentifier points at the likely one, but only a verified signature decides: a wrong or
 * missing AKI must neither hide the real issuer nor let a look-alike key pass.
 */
final class IssuerSelector {
    private IssuerSelector() {}

    static Optional<X509Certificate> find(X509Certificate certificate, List<X509Certificate> sameName) {
        for (X509Certificate candidate : ordered(certificate, sameName)) {
            if (signedBy(certificate, candidate.getPublicKey())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Anchors whose SKI equals the certificate's AKI first, then the rest in configuration order. */
    private static List<X509Certificate> ordered(X509Certificate certificate, List<X509Certificate> sameName) {
        Optional<byte[]> aki = KeyIdentifiers.authorityKeyId(certificate);
        List<X509Certificate> matching = new ArrayList<>();
        List<X509Certificate> others = new ArrayList<>();
        for (X509Certificate candidate : sameName) {
            boolean match = aki.isPresent() && KeyIdentifiers.subjectKeyId(candidate)
                    .map(ski -> Arrays.equals(ski, aki.get())).orElse(false);
            (match ? matching : others).add(candidate);
        }
        matching.addAll(others);
        return matching;
    }

    static boolean signedBy(X509Certificate certificate, PublicKey key) {
        try {
            certificate.verify(key);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
