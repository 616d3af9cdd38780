package jp.madoguchi.card.cert;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Reads the JPKI otherNames ({@code 1.2.392.200149.8.5.5.*}) from a SubjectAltName. JPKI writes each value
 * as {@code [0] EXPLICIT UTF8String}; implicit tagging, untagged strings and other string types are accepted
 * too, since only the text matters.
 */
final class JpkiOtherNames {
    static final String ARC = "1.2.392.200149.8.5.5.";

    private JpkiOtherNames() {}

    /** Values by the last OID arc (1 = name ... 6 = address substitutes). Empty map without a SAN. */
    static Map<Integer, String> read(X509Certificate certificate) throws MalformedCertificateException {
        Map<Integer, String> values = new HashMap<>();
        try {
            Optional<byte[]> san = KeyIdentifiers.extension(certificate, Extension.subjectAlternativeName);
            GeneralName[] names = san.isEmpty() ? new GeneralName[0] : GeneralNames.getInstance(san.get()).getNames();
            for (GeneralName name : names) {
                if (name.getTagNo() == GeneralName.otherName) {
                    ASN1Sequence otherName = ASN1Sequence.getInstance(name.getName());
                    String oid = ASN1ObjectIdentifier.getInstance(otherName.getObjectAt(0)).getId();
                    if (oid.startsWith(ARC) && otherName.size() > 1) {
                        values.put(arc(oid), text(otherName.getObjectAt(1), oid));
                    }
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MalformedCertificateException("unreadable SubjectAltName: " + e.getMessage(), e);
        }
        return values;
    }

    private static int arc(String oid) throws MalformedCertificateException {
        try {
            return Integer.parseInt(oid.substring(ARC.length()));
        } catch (NumberFormatException e) {
            throw new MalformedCertificateException("unexpected JPKI attribute OID " + oid);
        }
    }

    private static String text(ASN1Encodable value, String oid) throws MalformedCertificateException {
        ASN1Primitive primitive = value.toASN1Primitive();
        if (primitive instanceof ASN1TaggedObject tagged) {
            // Explicit: the string is inside. Implicit: the tag replaced the string's own, leaving raw octets.
            return tagged.isExplicit() ? text(tagged.getExplicitBaseObject(), oid)
                    : new String(ASN1OctetString.getInstance(tagged, false).getOctets(), StandardCharsets.UTF_8);
        }
        if (primitive instanceof ASN1String string) {
            return string.getString();
        }
        if (primitive instanceof ASN1OctetString octets) {
            return new String(octets.getOctets(), StandardCharsets.UTF_8);
        }
        throw new MalformedCertificateException("attribute " + oid + " is not a string");
    }
}
