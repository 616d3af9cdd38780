package jp.madoguchi.card.virtual.pki;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Certificate dates in Japan time. Validity runs from the start of the first day to the last second of the
 * last day, so every process issuing on the same JST day gets identical certificates.
 */
public final class Validity {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private Validity() {}

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(JAPAN).toInstant());
    }

    public static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(JAPAN).toInstant().minusSeconds(1));
    }
}
