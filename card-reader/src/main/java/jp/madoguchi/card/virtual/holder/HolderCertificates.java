package jp.madoguchi.card.virtual.holder;

import static jp.madoguchi.card.virtual.pki.CertificateParts.add;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Arrays;
import jp.madoguchi.card.virtual.pki.CaHierarchy;
import jp.madoguchi.card.virtual.pki.CertificateAuthority;
import jp.madoguchi.card.virtual.pki.CertificateParts;
import jp.madoguchi.card.virtual.pki.CertificatePlan;
import jp.madoguchi.card.virtual.pki.Validity;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The holder's two end-entity certificates, shaped like the real ones (docs/card.md, certificates): the auth certificate
 * carries no personal data; the signature certificate carries 基本4情報 as UTF8String otherNames.
 * Serials hash the holder id, role and day, so issuing is deterministic per JST day.
 */
final class HolderCertificates {
    static final String AUTH_POLICY = "1.2.392.200149.8.5.1.3.30";
    /** The test card's policy; production is 1.2.392.200149.8.5.1.1.20. */
    static final String SIGN_POLICY = "1.2.392.200149.8.5.1.0.20";
    static final String ATTRIBUTE_ARC = "1.2.392.200149.8.5.5.";
    private static final String NO_SUBSTITUTE_CHARACTERS = "00000";

    private HolderCertificates() {}

    static X509Certificate auth(CertificateAuthority ca, Holder holder, PublicKey key, LocalDate day) {
        X509v3CertificateBuilder builder = start(ca, holder, CaHierarchy.AUTHENTICATION, holder.residentId(),
                key, day);
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        add(builder, Extension.certificatePolicies, false, policy(AUTH_POLICY));
        return ca.sign(builder);
    }

    static X509Certificate sign(CertificateAuthority ca, Holder holder, PublicKey key, LocalDate day) {
        X509v3CertificateBuilder builder = start(ca, holder, CaHierarchy.SIGNATURE, holder.signSubjectId(),
                key, day);
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        add(builder, Extension.certificatePolicies, true, policy(SIGN_POLICY));
        add(builder, Extension.subjectAlternativeName, false, basicFourInfo(holder.person()));
        return ca.sign(builder);
    }

    static BigInteger serial(CaHierarchy role, String holderId, LocalDate day) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((role.fileTag() + "|" + holderId + "|" + day).getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static X509v3CertificateBuilder start(CertificateAuthority ca, Holder holder, CaHierarchy role,
            String commonName, PublicKey key, LocalDate day) {
        CertificatePlan plan = holder.certificates();
        X500Name subject = new X500Name("C=JP, CN=" + commonName);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.name(),
                serial(role, holder.id(), day), Validity.startOf(day.plusDays(plan.notBeforeDays())),
                Validity.endOf(day.plusDays(plan.notAfterDays())), subject, key);
        add(builder, Extension.authorityKeyIdentifier, false, ca.keyIdentifier());
        add(builder, Extension.subjectKeyIdentifier, false, CertificateParts.keyIdentifier(key));
        add(builder, Extension.issuerAlternativeName, false, CertificateParts.jpkiServiceName());
        return builder;
    }

    /** Order as in a real certificate: name, birth date, sex, address, then the substitute-character maps. */
    private static GeneralNames basicFourInfo(Person person) {
        return new GeneralNames(new GeneralName[] {
            attribute(1, person.name()),
            attribute(4, EraDate.of(person.birthDate())),
            attribute(3, person.sex().code()),
            attribute(5, person.address()),
            attribute(2, NO_SUBSTITUTE_CHARACTERS),
            attribute(6, NO_SUBSTITUTE_CHARACTERS)});
    }

    private static GeneralName attribute(int number, String value) {
        return new GeneralName(GeneralName.otherName,
                new OtherName(new ASN1ObjectIdentifier(ATTRIBUTE_ARC + number), new DERUTF8String(value)));
    }

    private static CertificatePolicies policy(String oid) {
        return new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(oid)));
    }
}
