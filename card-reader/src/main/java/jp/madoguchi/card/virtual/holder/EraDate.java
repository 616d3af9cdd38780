package jp.madoguchi.card.virtual.holder;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;

/**
 * 生年月日 as the signature certificate writes it: {@code EYYYYMMDD}, E the era (1 明治, 2 大正, 3 昭和, 4 平成,
 * 5 令和, 0 unknown) and YYYYMMDD the Gregorian date (docs/card.md).
 */
final class EraDate {
    private EraDate() {}

    static String of(LocalDate date) {
        return eraDigit(date) + date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static int eraDigit(LocalDate date) {
        try {
            // JapaneseEra values: MEIJI -1, TAISHO 0, SHOWA 1, HEISEI 2, REIWA 3.
            return JapaneseDate.from(date).getEra().getValue() + 2;
        } catch (DateTimeException beforeMeiji6) {
            return 0;
        }
    }
}
