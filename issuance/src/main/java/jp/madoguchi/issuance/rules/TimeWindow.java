package jp.madoguchi.issuance.rules;

import java.time.LocalTime;

/**
 * One service window of a day, start inclusive and end exclusive, in minutes since midnight (end may be 24:00). So
 * 06:30-23:00 serves 06:30:00 but not 06:29:59, and stops at 23:00:00 sharp. A day may have several
 * ({@link DayHours}).
 */
public record TimeWindow(int startMinute, int endMinute) {
    private static final int DAY = 24 * 60;

    public TimeWindow {
        if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("bad window " + startMinute + "-" + endMinute);
        }
    }

    public boolean contains(LocalTime time) {
        int second = time.toSecondOfDay();
        return second >= startMinute * 60 && second < endMinute * 60;
    }

    @Override
    public String toString() {
        return hhmm(startMinute) + "-" + hhmm(endMinute);
    }

    /** Without String.format, which costs microseconds: this text is built for every decision's trace. */
    static String hhmm(int minutes) {
        return twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60);
    }

    static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
