package jp.madoguchi.card.pin;

/**
 * What the card said about a PIN's counter, read with the empty VERIFY that never consumes a try.
 * {@code triesLeft} is 0 when blocked, and {@link #NOT_REPORTED} when the card answered {@code 9000}.
 *
 * <p>Some cards answer {@code 9000} instead of {@code 63Cx} while the PIN is already verified in the session
 * (docs/card.md, status words). The kiosk takes that as what it is: no count. The count is then unknown — neither
 * blocked nor on its last try — and {@link PinPolicy} sends no VERIFY, since no last-try warning could be given.
 */
public record PinTries(PinKind kind, int triesLeft) {
    /** The card gave no count (it answered {@code 9000}); never shown as a number. */
    public static final int NOT_REPORTED = -1;

    public PinTries {
        if (triesLeft < NOT_REPORTED || triesLeft > 15) {
            throw new IllegalArgumentException("tries left out of range: " + triesLeft);
        }
    }

    /** The card answered {@code 9000} to the empty VERIFY. */
    public static PinTries notReported(PinKind kind) {
        return new PinTries(kind, NOT_REPORTED);
    }

    /** False when the card gave no count: unknown, not a number to show or to act on. */
    public boolean reported() {
        return triesLeft != NOT_REPORTED;
    }

    public boolean blocked() {
        return triesLeft == 0;
    }

    public boolean lastTry() {
        return triesLeft == 1;
    }

    public boolean full() {
        return triesLeft >= kind.maxTries();
    }
}
