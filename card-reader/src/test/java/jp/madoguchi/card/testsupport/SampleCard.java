package jp.madoguchi.card.testsupport;

import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * One imaginary holder's certificates, shaped like a real card's: auth and sign CAs of the 2023 generation
 * with the real JPKI DNs, an auth certificate without personal data and a signature certificate carrying
 * the four attributes. Built once per JVM.
 */
public final class SampleCard {
    public static final Instant ISSUED = Instant.parse("2024-01-22T00:00:00Z");
    public static final Instant EXPIRES = Instant.parse("2029-05-10T14:59:59Z");
    public static final String NAME = "見本　花子";
    public static final String ADDRESS = "東京都千代田区霞が関二丁目１番２号";
    /** 昭和 (era 3), 1985-06-15, written in the Gregorian calendar as JPKI does. */
    public static final String BIRTH = "319850615";
    public static final String SEX = "2";
    public static final String OID_PREFIX = "1.2.392.200149.8.5.5.";

    private static final SampleCard INSTANCE = new SampleCard();

    private final TestCa authCa;
    private final TestCa signCa;
    private final X509Certificate authCertificate;
    private final X509Certificate signCertificate;

    private SampleCard() {
        Instant caFrom = Instant.parse("2023-07-16T00:00:00Z");
        Instant caUntil = Instant.parse("2033-07-15T14:59:59Z");
        authCa = TestCertificates.ca(TestCertificates.AUTH_CA_DN, "auth-ca-2023", caFrom, caUntil);
        signCa = TestCertificates.ca(TestCertificates.SIGN_CA_DN, "sign-ca-2023", caFrom, caUntil);
        authCertificate = authCa.endEntity("C=JP,CN=8439000000000000000A").key("holder-auth")
                .validity(ISSUED, EXPIRES).issue();
        signCertificate = signCa.endEntity("C=JP,CN=0000000000000000000S").key("holder-sign")
                .validity(ISSUED, EXPIRES).keyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)
                .otherName(OID_PREFIX + "1", NAME).otherName(OID_PREFIX + "2", "00000")
                .otherName(OID_PREFIX + "3", SEX).otherName(OID_PREFIX + "4", BIRTH)
                .otherName(OID_PREFIX + "5", ADDRESS).otherName(OID_PREFIX + "6", "00000")
                .issue();
    }

    public static SampleCard get() {
        return INSTANCE;
    }

    public TestCa authCa() {
        return authCa;
    }

    public TestCa signCa() {
        return signCa;
    }

    public X509Certificate authCertificate() {
        return authCertificate;
    }

    public X509Certificate signCertificate() {
        return signCertificate;
    }

    public KeyPair authKey() {
        return TestCertificates.key("holder-auth");
    }

    public KeyPair signKey() {
        return TestCertificates.key("holder-sign");
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
