package jp.madoguchi.card.testsupport;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds one X.509 v3 certificate with BouncyCastle, signed SHA256withRSA. Defaults: an end entity with
 * digitalSignature, SKI and AKI, valid 2024-01-01 to 2029-01-01, a fresh serial.
 */
public final class TestCertificateBuilder {
    private static final AtomicLong SERIALS = new AtomicLong(0x1000);

    private final X500Name subject;
    private X500Name issuer;
    private X509Certificate issuerCertificate;
    private PrivateKey issuerKey;
    private KeyPair key = TestCertificates.key("end-entity");
    private Instant notBefore = Instant.parse("2024-01-01T00:00:00Z");
    private Instant notAfter = Instant.parse("2029-01-01T00:00:00Z");
    private BigInteger serial = BigInteger.valueOf(SERIALS.incrementAndGet());
    private boolean ca;
    private Integer keyUsage;
    private boolean authorityKeyId = true;
    private boolean subjectKeyId = true;
    private final List<ASN1Encodable> otherNames = new ArrayList<>();

    public TestCertificateBuilder(String subjectDn) {
        this.subject = new X500Name(subjectDn);
    }

    TestCertificateBuilder issuedBy(X509Certificate certificate, PrivateKey privateKey) {
        this.issuer = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        this.issuerCertificate = certificate;
        this.issuerKey = privateKey;
        return this;
    }

    public TestCertificateBuilder key(KeyPair keyPair) {
        this.key = keyPair;
        return this;
    }

    public TestCertificateBuilder key(String name) {
        return key(TestCertificates.key(name));
    }

    public TestCertificateBuilder validity(Instant from, Instant until) {
        this.notBefore = from;
        this.notAfter = until;
        return this;
    }

    public TestCertificateBuilder serial(long value) {
        this.serial = BigInteger.valueOf(value);
        return this;
    }

    /** Marks the certificate as a CA (BasicConstraints cA, critical) with keyCertSign + cRLSign. */
    public TestCertificateBuilder ca() {
        this.ca = true;
        return this;
    }

    /** Key usage bits as BouncyCastle's {@link KeyUsage} constants, OR-ed. */
    public TestCertificateBuilder keyUsage(int bits) {
        this.keyUsage = bits;
        return this;
    }

    public TestCertificateBuilder withoutAuthorityKeyId() {
        this.authorityKeyId = false;
        return this;
    }

    public TestCertificateBuilder withoutSubjectKeyId() {
        this.subjectKeyId = false;
        return this;
    }

    /** A SubjectAltName otherName with the value as JPKI encodes it: {@code [0] EXPLICIT UTF8String}. */
    public TestCertificateBuilder otherName(String oid, String value) {
        return otherName(oid, new DERTaggedObject(true, 0, new DERUTF8String(value)));
    }

    /** A SubjectAltName otherName whose second element is {@code value} exactly (for tagging variants). */
    public TestCertificateBuilder otherName(String oid, ASN1Encodable value) {
        otherNames.add(new DERSequence(new ASN1Encodable[] {new ASN1ObjectIdentifier(oid), value}));
        return this;
    }

    /** Signs with the issuer set by {@link TestCa#endEntity}. */
    public X509Certificate issue() {
        if (issuerKey == null) {
            throw new IllegalStateException("no issuer: use TestCa.endEntity(...) or selfSigned()");
        }
        return build(issuer, issuerKey);
    }

    public X509Certificate selfSigned() {
        return build(subject, key.getPrivate());
    }

    private X509Certificate build(X500Name issuerName, PrivateKey signingKey) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serial,
                    Date.from(notBefore), Date.from(notAfter), subject, key.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            int usage = keyUsage != null ? keyUsage
                    : ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature;
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            if (subjectKeyId) {
                builder.addExtension(Extension.subjectKeyIdentifier, false,
                        utils.createSubjectKeyIdentifier(key.getPublic()));
            }
            if (authorityKeyId) {
                builder.addExtension(Extension.authorityKeyIdentifier, false, issuerCertificate == null
                        ? utils.createAuthorityKeyIdentifier(key.getPublic())
                        : utils.createAuthorityKeyIdentifier(issuerCertificate));
            }
            if (!otherNames.isEmpty()) {
                GeneralName[] names = otherNames.stream()
                        .map(n -> new GeneralName(GeneralName.otherName, n)).toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey)));
        } catch (Exception e) {
            throw new IllegalStateException("could not build a test certificate", e);
        }
    }
}
