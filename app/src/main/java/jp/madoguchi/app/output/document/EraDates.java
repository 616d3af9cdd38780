package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.madoguchi.issuance.engine.RuleEngine;

/** Dates as certificates print them: in the Japanese era (令和8年11月21日), times in Tokyo. */
public final class EraDates {
    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H時mm分", Locale.JAPAN);

    private EraDates() {}

    /** 元年 is written 1年 here, as most municipal systems print it. */
    public static String date(LocalDate date) {
        return ERA.format(JapaneseDate.from(date));
    }

    public static String dateTime(Instant instant) {
        var local = instant.atZone(RuleEngine.TOKYO);
        return date(local.toLocalDate()) + " " + TIME.format(local);
    }

    public static LocalDate tokyoDate(Instant instant) {
        return instant.atZone(RuleEngine.TOKYO).toLocalDate();
    }
}
