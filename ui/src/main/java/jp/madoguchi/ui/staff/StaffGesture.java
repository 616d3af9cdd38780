package jp.madoguchi.ui.staff;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden way to the staff screen: {@link #TAPS} taps on the corner within {@link #WINDOW_NANOS}. Counts taps
 * on a monotonic clock given by the caller, so it is tested without waiting. Not thread-safe: the FX thread owns it.
 */
public final class StaffGesture {
    public static final int TAPS = 5;
    public static final long WINDOW_NANOS = 3_000_000_000L;

    private final Deque<Long> taps = new ArrayDeque<>();

    /** Records a tap at {@code nanos}; true when it completes the gesture (the count then starts over). */
    public boolean tap(long nanos) {
        taps.addLast(nanos);
        while (nanos - taps.peekFirst() > WINDOW_NANOS) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }
}
