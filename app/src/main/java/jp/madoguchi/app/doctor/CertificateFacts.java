package jp.madoguchi.app.doctor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.jpki.CardCertificate;

/** The doctor's view of one certificate: subject, serial, validity (ISO-8601) and SHA-256 of its DER. */
final class CertificateFacts {
    private CertificateFacts() {}

    static DoctorReport.Certificate of(CardCertificate read) {
        X509Certificate c = read.certificate();
        return new DoctorReport.Certificate(c.getSubjectX500Principal().getName(),
                c.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                c.getNotBefore().toInstant().toString(), c.getNotAfter().toInstant().toString(),
                sha256(read.der()).toLowerCase(Locale.ROOT));
    }

    private static String sha256(byte[] der) {
        try {
            return Hex.of(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
