package jp.madoguchi.issuance.visit.step;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import jp.madoguchi.issuance.rules.NationalHolidays;

/** The days a line's hours hold. Every line is closed over the year end, 12/29–1/3 (the lines' own notices). */
public enum HoursDays {
    EVERY_DAY("help.days.everyDay"),
    WEEKDAYS("help.days.weekdays"),
    WEEKENDS_AND_HOLIDAYS("help.days.weekendsAndHolidays");

    private static final MonthDay YEAR_END = MonthDay.of(12, 29);
    private static final MonthDay NEW_YEAR_END = MonthDay.of(1, 3);

    private final String messageKey;

    HoursDays(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean includes(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        if (!day.isBefore(YEAR_END) || !day.isAfter(NEW_YEAR_END)) {
            return false;
        }
        boolean restDay = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || NationalHolidays.isHoliday(date);
        return switch (this) {
            case EVERY_DAY -> true;
            case WEEKDAYS -> !restDay;
            case WEEKENDS_AND_HOLIDAYS -> restDay;
        };
    }
}
