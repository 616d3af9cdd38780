package jp.madoguchi.card.virtual.pki;

import static jp.madoguchi.card.virtual.pki.CertificateParts.add;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * Self-signed test CA certificates shaped like the J-LIS roots: RSA-2048, sha256WithRSA, BasicConstraints CA
 * and KeyUsage keyCertSign+cRLSign (both critical), SKI, and SubjectAltName DirName
 * {@code C=JP, O=公的個人認証サービス}. Only {@code TestPkiGenerator} calls this; the results are committed.
 */
public final class CaCertificates {
    private CaCertificates() {}

    public static X509Certificate selfSigned(CaHierarchy hierarchy, CaGeneration generation, KeyPair keys) {
        X500Name name = new X500Name(hierarchy.distinguishedName());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, generation.serial(),
                Validity.startOf(generation.notBefore()), Validity.endOf(generation.notAfter()), name,
                keys.getPublic());
        SubjectKeyIdentifier ski = CertificateParts.keyIdentifier(keys.getPublic());
        add(builder, Extension.basicConstraints, true, new BasicConstraints(true));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(builder, Extension.subjectKeyIdentifier, false, ski);
        add(builder, Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(ski.getKeyIdentifier()));
        add(builder, Extension.subjectAlternativeName, false, CertificateParts.jpkiServiceName());
        return CertificateAuthority.sign(builder, keys.getPrivate());
    }
}
