package jp.madoguchi.card.virtual.holder;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.PolicyInformation;

/** Reads the JPKI-specific extensions back out of a certificate, as a verifier would. */
final class CertificateFields {
    private CertificateFields() {}

    static List<String> policies(X509Certificate certificate) {
        List<String> oids = new ArrayList<>();
        for (PolicyInformation info : CertificatePolicies.getInstance(octets(certificate, "2.5.29.32"))
                .getPolicyInformation()) {
            oids.add(info.getPolicyIdentifier().getId());
        }
        return oids;
    }

    /** The IssuerAltName DirName in RFC 4514 order as BouncyCastle prints it. */
    static String issuerAltName(X509Certificate certificate) {
        GeneralName name = GeneralNames.getInstance(octets(certificate, "2.5.29.18")).getNames()[0];
        return X500Name.getInstance(name.getName()).toString();
    }

    /** SubjectAltName otherNames in certificate order: OID to UTF8String value. */
    static Map<String, String> otherNames(X509Certificate certificate) {
        Map<String, String> values = new LinkedHashMap<>();
        for (GeneralName name : GeneralNames.getInstance(octets(certificate, "2.5.29.17")).getNames()) {
            OtherName other = OtherName.getInstance(name.getName());
            values.put(other.getTypeID().getId(), ((ASN1String) other.getValue()).getString());
        }
        return values;
    }

    private static byte[] octets(X509Certificate certificate, String oid) {
        return ASN1OctetString.getInstance(certificate.getExtensionValue(oid)).getOctets();
    }
}
