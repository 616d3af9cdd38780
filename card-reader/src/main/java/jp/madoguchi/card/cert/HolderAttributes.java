package jp.madoguchi.card.cert;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;

/**
 * The holder's 基本4情報 from a 署名用電子証明書's SubjectAltName otherNames ({@code 1.2.392.200149.8.5.5.1–6}):
 * name, sex, birth date, address, and the positions of characters the registry had to substitute in the
 * name and address ({@code "00000"} = none; empty when the certificate omits them). Personal data: never
 * printed by {@link #toString()}.
 */
public record HolderAttributes(String name, String nameSubstitutes, Sex sex, BirthDate birthDate, String address,
        String addressSubstitutes) {
    private static final int NAME = 1;
    private static final int NAME_SUBSTITUTES = 2;
    private static final int SEX = 3;
    private static final int BIRTH_DATE = 4;
    private static final int ADDRESS = 5;
    private static final int ADDRESS_SUBSTITUTES = 6;

    public HolderAttributes {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameSubstitutes, "nameSubstitutes");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(addressSubstitutes, "addressSubstitutes");
    }

    /** Fails for a certificate without the four attributes, e.g. an authentication certificate. */
    public static HolderAttributes fromSignatureCertificate(X509Certificate certificate)
            throws MalformedCertificateException {
        Map<Integer, String> values = JpkiOtherNames.read(certificate);
        return new HolderAttributes(
                required(values, NAME, "name"),
                values.getOrDefault(NAME_SUBSTITUTES, ""),
                Sex.ofCode(required(values, SEX, "sex")),
                BirthDate.parse(required(values, BIRTH_DATE, "birth date")),
                required(values, ADDRESS, "address"),
                values.getOrDefault(ADDRESS_SUBSTITUTES, ""));
    }

    private static String required(Map<Integer, String> values, int arc, String label)
            throws MalformedCertificateException {
        String value = values.get(arc);
        if (value == null) {
            throw new MalformedCertificateException("no " + label + " attribute (otherName " + JpkiOtherNames.ARC
                    + arc + "); only a signature certificate carries the holder's attributes");
        }
        return value;
    }

    @Override
    public String toString() {
        return "HolderAttributes[<redacted>]";
    }
}
