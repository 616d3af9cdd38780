package jp.madoguchi.issuance.rules;

import java.time.DayOfWeek;
import jp.madoguchi.issuance.Identified;

/**
 * The keys of an {@code hours} block. A date takes the most specific window declared for it: on a national holiday
 * {@code holidays}, then {@code daily}; on other days its weekday name, then {@code weekdays}/{@code weekends}, then
 * {@code daily}. Nothing declared means closed, which is how "戸籍 weekdays only" closes on 祝日.
 */
public enum DaySelector implements Identified {
    DAILY("daily"), WEEKDAYS("weekdays"), WEEKENDS("weekends"), HOLIDAYS("holidays"),
    MONDAY("monday"), TUESDAY("tuesday"), WEDNESDAY("wednesday"), THURSDAY("thursday"), FRIDAY("friday"),
    SATURDAY("saturday"), SUNDAY("sunday");

    private final String id;

    DaySelector(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    static DaySelector of(DayOfWeek day) {
        return values()[MONDAY.ordinal() + day.ordinal()];
    }

    static DaySelector groupOf(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? WEEKENDS : WEEKDAYS;
    }
}
