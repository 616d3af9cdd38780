package jp.madoguchi.issuance.rules;

import java.time.LocalTime;
import java.util.List;

/**
 * The service windows of one kind of day, in order and not overlapping: {@code 08:30-12:00,13:00-17:15} closes
 * for lunch as many town halls do. No window ({@link #CLOSED}) means no service that day.
 */
public record DayHours(List<TimeWindow> windows) {
    public static final DayHours CLOSED = new DayHours(List.of());

    public DayHours {
        windows = List.copyOf(windows);
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).startMinute() < windows.get(i - 1).endMinute()) {
                throw new IllegalArgumentException("windows out of order or overlapping: " + windows);
            }
        }
    }

    public static DayHours of(TimeWindow... windows) {
        return new DayHours(List.of(windows));
    }

    public boolean isClosed() {
        return windows.isEmpty();
    }

    public boolean contains(LocalTime time) {
        for (TimeWindow window : windows) {
            if (window.contains(time)) {
                return true;
            }
        }
        return false;
    }

    /** As a file writes it: {@code closed}, {@code 06:30-23:00} or {@code 08:30-12:00,13:00-17:15}. */
    @Override
    public String toString() {
        if (windows.isEmpty()) {
            return "closed";
        }
        StringBuilder text = new StringBuilder(12 * windows.size());
        for (TimeWindow window : windows) {
            text.append(text.length() == 0 ? "" : ",").append(window);
        }
        return text.toString();
    }
}
