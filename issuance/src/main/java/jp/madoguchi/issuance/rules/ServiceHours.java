package jp.madoguchi.issuance.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Service hours per kind of day, resolved once into eight slots (Monday..Sunday and national holiday) so a decision
 * costs an array read. The declared map is kept for explanations such as "weekdays 08:30-17:15".
 */
public final class ServiceHours {
    private static final int HOLIDAY_SLOT = 7;

    private final Map<DaySelector, DayHours> declared;
    private final DayHours[] slots = new DayHours[8];
    private final String description;

    public ServiceHours(Map<DaySelector, DayHours> declared) {
        this.declared = Collections.unmodifiableMap(new EnumMap<>(declared));
        for (DayOfWeek day : DayOfWeek.values()) {
            slots[day.ordinal()] = first(DaySelector.of(day), DaySelector.groupOf(day), DaySelector.DAILY);
        }
        slots[HOLIDAY_SLOT] = first(DaySelector.HOLIDAYS, DaySelector.DAILY, DaySelector.DAILY);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<DaySelector, DayHours> entry : this.declared.entrySet()) {
            text.append(text.length() == 0 ? "" : ", ").append(entry.getKey().id()).append(' ').append(entry.getValue());
        }
        description = text.toString();
    }

    public static ServiceHours daily(TimeWindow window) {
        return new ServiceHours(Map.of(DaySelector.DAILY, DayHours.of(window)));
    }

    /** The windows that apply on {@code date}; {@link DayHours#CLOSED} when the service does not run that day. */
    public DayHours on(LocalDate date) {
        return slots[NationalHolidays.isHoliday(date) ? HOLIDAY_SLOT : date.getDayOfWeek().ordinal()];
    }

    /** No service on {@code date} only because it is a national holiday: the same weekday otherwise has some. */
    public boolean closedForHoliday(LocalDate date) {
        return NationalHolidays.isHoliday(date) && slots[HOLIDAY_SLOT].isClosed()
                && !slots[date.getDayOfWeek().ordinal()].isClosed();
    }

    public boolean isOpen(LocalDateTime time) {
        return on(time.toLocalDate()).contains(time.toLocalTime());
    }

    public Map<DaySelector, DayHours> declared() {
        return declared;
    }

    /**
     * "weekdays 08:30-12:00,13:00-17:15, saturday 09:00-12:00": selectors in selector order (so the text never
     * depends on file order), each with its windows as a file writes them.
     */
    public String describe() {
        return description;
    }

    private DayHours first(DaySelector a, DaySelector b, DaySelector c) {
        DayHours hours = declared.getOrDefault(a, declared.getOrDefault(b, declared.get(c)));
        return hours == null ? DayHours.CLOSED : hours;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceHours hours && hours.declared.equals(declared);
    }

    @Override
    public int hashCode() {
        return declared.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
