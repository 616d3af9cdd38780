package jp.madoguchi.card.cert;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * Subject and authority key identifiers. They are what tells the JPKI CA generations apart, since all
 * generations share one DN. A malformed extension surfaces as IllegalArgumentException from BouncyCastle.
 */
final class KeyIdentifiers {
    private KeyIdentifiers() {}

    static Optional<byte[]> subjectKeyId(X509Certificate certificate) {
        return extension(certificate, Extension.subjectKeyIdentifier)
                .map(value -> SubjectKeyIdentifier.getInstance(value).getKeyIdentifier());
    }

    static Optional<byte[]> authorityKeyId(X509Certificate certificate) {
        return extension(certificate, Extension.authorityKeyIdentifier)
                .map(value -> AuthorityKeyIdentifier.getInstance(value).getKeyIdentifierOctets());
    }

    /** The extension's inner value (the JCA hands it back still wrapped in an OCTET STRING). */
    static Optional<byte[]> extension(X509Certificate certificate, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        byte[] wrapped = certificate.getExtensionValue(oid.getId());
        return wrapped == null ? Optional.empty() : Optional.of(ASN1OctetString.getInstance(wrapped).getOctets());
    }
}
