package jp.madoguchi.card.testsupport;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test certificate authority: its certificate and key, issuing end entities and CRLs. */
public final class TestCa {
    private final X509Certificate certificate;
    private final KeyPair key;

    private TestCa(X509Certificate certificate, KeyPair key) {
        this.certificate = certificate;
        this.key = key;
    }

    static TestCa selfSigned(String dn, KeyPair key, Instant notBefore, Instant notAfter) {
        X509Certificate certificate = new TestCertificateBuilder(dn).key(key).validity(notBefore, notAfter)
                .ca().selfSigned();
        return new TestCa(certificate, key);
    }

    /** A CA whose certificate was built elsewhere (e.g. one that breaks a rule on purpose). */
    public static TestCa of(X509Certificate certificate, KeyPair key) {
        return new TestCa(certificate, key);
    }

    /** A builder for a certificate this CA signs; defaults to a 5-year end entity. */
    public TestCertificateBuilder endEntity(String dn) {
        return new TestCertificateBuilder(dn).issuedBy(certificate, key.getPrivate());
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public KeyPair key() {
        return key;
    }

    /** A CRL signed by this CA listing {@code revoked} serials, each revoked at {@code thisUpdate}. */
    public X509CRL crl(Instant thisUpdate, Instant nextUpdate, BigInteger... revoked) {
        try {
            X500Name issuer = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (BigInteger serial : revoked) {
                builder.addCRLEntry(serial, Date.from(thisUpdate), CRLReason.keyCompromise);
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            return new JcaX509CRLConverter().getCRL(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("could not build a test CRL", e);
        }
    }
}
