package jp.madoguchi.card.virtual;

import java.security.MessageDigest;
import java.util.Arrays;
import jp.madoguchi.card.pin.PinKind;

/**
 * One PIN key reference and its retry counter. Lives in the card, not the session, so failures survive
 * resets and power cycles ("前回間違えた回数からのカウント"); only a success refills it.
 */
final class PinCounter {
    private final PinKind kind;
    private byte[] value;
    private int triesLeft;

    /** @param value the PIN's ASCII bytes, or null when none was ever set (every VERIFY then fails) */
    PinCounter(PinKind kind, byte[] value, int triesLeft) {
        this.kind = kind;
        this.value = value == null ? null : value.clone();
        this.triesLeft = triesLeft;
    }

    PinKind kind() {
        return kind;
    }

    int triesLeft() {
        return triesLeft;
    }

    boolean blocked() {
        return triesLeft == 0;
    }

    /**
     * Checks a candidate and updates the counter. Any mismatch costs a try, a wrong length included: whether
     * the real card charges for that is unknown (docs/card.md), and the kiosk must not rely on it.
     */
    boolean verify(byte[] candidate) {
        if (blocked()) {
            throw new IllegalStateException("verify on a blocked PIN");
        }
        boolean match = value != null && MessageDigest.isEqual(value, candidate);
        triesLeft = match ? kind.maxTries() : triesLeft - 1;
        return match;
    }

    void change(byte[] newValue) {
        if (value != null) {
            Arrays.fill(value, (byte) 0);
        }
        value = newValue.clone();
    }

    @Override
    public String toString() {
        return "PinCounter[" + kind.id() + ", " + triesLeft + " left]";
    }
}
