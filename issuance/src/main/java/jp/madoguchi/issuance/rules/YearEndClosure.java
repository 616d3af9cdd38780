package jp.madoguchi.issuance.rules;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The yearly closure, first and last day inclusive; it may wrap the new year (12/29-01/03, the default).
 * {@link #NONE} is for services that run all year (年中無休).
 */
public record YearEndClosure(MonthDay first, MonthDay last) {
    public static final YearEndClosure DEFAULT = new YearEndClosure(MonthDay.of(12, 29), MonthDay.of(1, 3));
    public static final YearEndClosure NONE = new YearEndClosure(null, null);

    public YearEndClosure {
        if ((first == null) != (last == null)) {
            throw new IllegalArgumentException("a closure needs both its first and its last day");
        }
    }

    public boolean contains(LocalDate date) {
        if (first == null) {
            return false;
        }
        MonthDay day = MonthDay.from(date);
        boolean wraps = first.isAfter(last);
        return wraps ? !day.isBefore(first) || !day.isAfter(last) : !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public String toString() {
        return first == null ? "none" : slashed(first) + "-" + slashed(last);
    }

    private static String slashed(MonthDay day) {
        return TimeWindow.twoDigits(day.getMonthValue()) + "/" + TimeWindow.twoDigits(day.getDayOfMonth());
    }
}
