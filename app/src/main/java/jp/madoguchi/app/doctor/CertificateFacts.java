package jp.madoguchi.app.doctor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.cert.ChainResult;
import jp.madoguchi.card.jpki.CardCertificate;

/**
 * The doctor's view of one certificate: subject, serial, validity (ISO-8601), SHA-256 of its DER and what
 * the chain check said about it.
 */
final class CertificateFacts {
    private CertificateFacts() {}

    static DoctorReport.Certificate of(CardCertificate read, ChainResult chain) {
        X509Certificate c = read.certificate();
        return new DoctorReport.Certificate(c.getSubjectX500Principal().getName(),
                c.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                c.getNotBefore().toInstant().toString(), c.getNotAfter().toInstant().toString(),
                sha256(read.der()).toLowerCase(Locale.ROOT),
                new DoctorReport.Chain(chain.status().name(), chain.message(), chain.generation()));
    }

    private static String sha256(byte[] der) {
        try {
            return Hex.of(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
