package jp.madoguchi.card.jpki;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import jp.madoguchi.card.cert.CertificateParser;
import jp.madoguchi.card.cert.MalformedCertificateException;
import jp.madoguchi.card.fault.CardFaultException;

/** A certificate as read from the card: where it came from, its exact DER bytes and the parsed form. */
public record CardCertificate(EfPath file, byte[] der, X509Certificate certificate) {
    public CardCertificate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(certificate, "certificate");
        der = der.clone();
    }

    /** Parses bytes read from {@code file}; a malformed certificate is a protocol error of the card. */
    static CardCertificate parse(EfPath file, byte[] der) throws CardFaultException {
        try {
            return new CardCertificate(file, der, CertificateParser.parse(der));
        } catch (MalformedCertificateException e) {
            throw JpkiFaults.protocol("Reading the certificate in " + file, 0, e.getMessage());
        }
    }

    @Override
    public byte[] der() {
        return der.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardCertificate other && file.equals(other.file) && Arrays.equals(der, other.der);
    }

    @Override
    public int hashCode() {
        return 31 * file.hashCode() + Arrays.hashCode(der);
    }

    @Override
    public String toString() {
        return "CardCertificate[" + file + ", " + der.length + " bytes, serial "
                + certificate.getSerialNumber().toString(16) + "]";
    }
}
