package jp.madoguchi.card.virtual.holder;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/** Assertions on the test PKI shared by the PKI, generator and fixture tests. */
final class PkiChecks {
    private PkiChecks() {}

    static void assertWellFormedCa(X509Certificate ca) throws Exception {
        ca.verify(ca.getPublicKey());
        assertThat(ca.getSubjectX500Principal()).isEqualTo(ca.getIssuerX500Principal());
        assertThat(ca.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(((RSAPublicKey) ca.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(ca.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(ca.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        boolean[] usage = ca.getKeyUsage();
        assertThat(usage[5]).as("keyCertSign").isTrue();
        assertThat(usage[6]).as("cRLSign").isTrue();
        assertThat(usage[0]).as("digitalSignature").isFalse();
        assertThat(subjectKeyId(ca)).isNotEmpty();
    }

    static byte[] subjectKeyId(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue("2.5.29.14");
        return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(extension).getOctets())
                .getKeyIdentifier();
    }

    static byte[] authorityKeyId(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue("2.5.29.35");
        return AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(extension).getOctets())
                .getKeyIdentifierOctets();
    }

    /** PKIX path validation of one end-entity certificate against the anchors, without revocation. */
    static void validate(X509Certificate endEntity, Collection<X509Certificate> anchors, Date at) throws Exception {
        PKIXParameters parameters = new PKIXParameters(anchorSet(anchors));
        parameters.setRevocationEnabled(false);
        parameters.setDate(at);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(endEntity)), parameters);
    }

    static Set<TrustAnchor> anchorSet(Collection<X509Certificate> anchors) {
        return anchors.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
    }
}
