package jp.madoguchi.card.cert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * 生年月日 from a signature certificate: {@code EYYYYMMDD}, an era digit followed by a <em>Gregorian</em>
 * date (the era is kept for display, the year is not an era year). {@code date} is null only when the era
 * is {@link Era#UNKNOWN} and the date part is not a full date (an unknown birth date on the residence record).
 */
public record BirthDate(Era era, LocalDate date) {
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public BirthDate {
        Objects.requireNonNull(era, "era");
        if (date == null && era != Era.UNKNOWN) {
            throw new IllegalArgumentException("only an unknown-era birth date may lack a date");
        }
    }

    static BirthDate parse(String value) throws MalformedCertificateException {
        if (value.length() != 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new MalformedCertificateException("birth date attribute is not 9 digits (EYYYYMMDD)");
        }
        Era era = Era.ofDigit(value.charAt(0));
        try {
            return new BirthDate(era, LocalDate.parse(value.substring(1), YYYYMMDD));
        } catch (DateTimeParseException e) {
            if (era == Era.UNKNOWN) {
                return new BirthDate(era, null);
            }
            throw new MalformedCertificateException("birth date attribute is not a valid Gregorian date");
        }
    }

    @Override
    public String toString() {
        return "BirthDate[<redacted>]";
    }
}
