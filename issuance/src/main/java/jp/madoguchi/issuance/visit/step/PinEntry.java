package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/**
 * The PIN pad for the 4-digit 利用者証明用 PIN. {@code triesLeft} was read from the card without using a try.
 * {@code lastTryConfirmed} is true once the resident accepted the {@link LastTryWarning}.
 */
public record PinEntry(int digits, int triesLeft, PinNotice notice, boolean lastTryConfirmed) implements VisitStep {
    public PinEntry {
        Objects.requireNonNull(notice, "notice");
        if (triesLeft < 1) {
            // The pad opens only on a count the card reported, with a try left: never "-1 left", never "0 left".
            throw new IllegalArgumentException("the PIN pad needs a reported count of at least 1, got " + triesLeft);
        }
    }
}
