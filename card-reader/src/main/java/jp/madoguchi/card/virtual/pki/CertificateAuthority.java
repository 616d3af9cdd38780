package jp.madoguchi.card.virtual.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * One generation of one test CA: its certificate and private key. Signs with SHA256withRSA through the JDK's
 * own providers (PKCS#1 v1.5 is deterministic, so the same input gives the same certificate in every process).
 */
public record CertificateAuthority(X509Certificate certificate, PrivateKey privateKey) {

    /** The issuer name exactly as encoded in the CA certificate, so chains match byte for byte. */
    public X500Name name() {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    /** AKI for certificates and CRLs this CA issues: its own SKI, nothing else. */
    public AuthorityKeyIdentifier keyIdentifier() {
        try {
            var ski = SubjectKeyIdentifier.fromExtensions(new JcaX509CertificateHolder(certificate).getExtensions());
            return new AuthorityKeyIdentifier(ski.getKeyIdentifier());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable CA certificate", e);
        }
    }

    public X509Certificate sign(X509v3CertificateBuilder builder) {
        return sign(builder, privateKey);
    }

    /** Signs with any key; self-signed CA certificates have no CertificateAuthority yet. */
    public static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not issue a test certificate", e);
        }
    }

    /** A CRL listing {@code revoked}, valid from {@code day} for one day. */
    public X509CRL crl(Collection<BigInteger> revoked, LocalDate day) {
        Date thisUpdate = Validity.startOf(day);
        X509v2CRLBuilder builder = new X509v2CRLBuilder(name(), thisUpdate);
        builder.setNextUpdate(Validity.endOf(day.plusDays(1)));
        revoked.forEach(serial -> builder.addCRLEntry(serial, thisUpdate, CRLReason.unspecified));
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false, keyIdentifier());
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(day.toEpochDay())));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(privateKey)));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not issue a test CRL", e);
        }
    }

    private static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder("SHA256withRSA").build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("SHA256withRSA unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + certificate.getSubjectX500Principal() + ", serial "
                + certificate.getSerialNumber().toString(16) + "]";
    }
}
