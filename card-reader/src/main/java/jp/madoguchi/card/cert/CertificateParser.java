package jp.madoguchi.card.cert;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * DER bytes to {@link X509Certificate} through the JCA. Stricter than {@code CertificateFactory} alone: the
 * input must be exactly one DER certificate, because bytes read from a card that carry PEM text or trailing
 * data mean the read went wrong.
 */
public final class CertificateParser {
    private CertificateParser() {}

    public static X509Certificate parse(byte[] der) throws MalformedCertificateException {
        if (der == null || der.length == 0) {
            throw new MalformedCertificateException("no certificate bytes");
        }
        if ((der[0] & 0xFF) != 0x30) {
            throw new MalformedCertificateException(
                    String.format("not DER: a certificate starts with a SEQUENCE (30), got %02X", der[0] & 0xFF));
        }
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
            int encoded = certificate.getEncoded().length;
            if (encoded != der.length) {
                throw new MalformedCertificateException((der.length - encoded) + " bytes follow the "
                        + encoded + "-byte certificate");
            }
        } catch (CertificateException | RuntimeException e) {
            throw new MalformedCertificateException("not a valid DER X.509 certificate (" + der.length
                    + " bytes): " + e.getMessage(), e);
        }
        return certificate;
    }

    static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }
}
