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

    private final Map<DaySelector, TimeWindow> declared;
    private final TimeWindow[] slots = new TimeWindow[8];
    private final String description;

    public ServiceHours(Map<DaySelector, TimeWindow> declared) {
        this.declared = Collections.unmodifiableMap(new EnumMap<>(declared));
        for (DayOfWeek day : DayOfWeek.values()) {
            slots[day.ordinal()] = first(DaySelector.of(day), DaySelector.groupOf(day), DaySelector.DAILY);
        }
        slots[HOLIDAY_SLOT] = first(DaySelector.HOLIDAYS, DaySelector.DAILY, DaySelector.DAILY);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<DaySelector, TimeWindow> entry : this.declared.entrySet()) {
            text.append(text.length() == 0 ? "" : ", ").append(entry.getKey().id()).append(' ').append(entry.getValue());
        }
        description = text.toString();
    }

    public static ServiceHours daily(TimeWindow window) {
        return new ServiceHours(Map.of(DaySelector.DAILY, window));
    }

    /** The window that applies on {@code date}; {@link TimeWindow#CLOSED} when the service does not run that day. */
    public TimeWindow windowOn(LocalDate date) {
        return slots[NationalHolidays.isHoliday(date) ? HOLIDAY_SLOT : date.getDayOfWeek().ordinal()];
    }

    public boolean isOpen(LocalDateTime time) {
        return windowOn(time.toLocalDate()).contains(time.toLocalTime());
    }

    public Map<DaySelector, TimeWindow> declared() {
        return declared;
    }

    /** "weekdays 08:30-17:15", in selector order so the text never depends on file order. */
    public String describe() {
        return description;
    }

    private TimeWindow first(DaySelector a, DaySelector b, DaySelector c) {
        TimeWindow window = declared.getOrDefault(a, declared.getOrDefault(b, declared.get(c)));
        return window == null ? TimeWindow.CLOSED : window;
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
