package jp.madoguchi.card.jpki;

import java.util.Objects;
import jp.madoguchi.card.pin.Pin;
import jp.madoguchi.card.pin.PinTries;

/**
 * The outcome of one {@link PinVerifier#attempt}. None of them carries the PIN. {@link Verified}, {@link WrongPin},
 * {@link Unconfirmed} and a {@link Blocked} caused by this attempt mean a VERIFY reached the card.
 */
public sealed interface PinAttempt {
    /** The card accepted the PIN; its counter is full again. */
    record Verified() implements PinAttempt {}

    /** The card rejected the PIN and has {@code triesLeft} (its own count, at least 1) before it locks. */
    record WrongPin(int triesLeft) implements PinAttempt {}

    /** The key is locked: it was already, or this wrong PIN used the last try. Unblocking needs the office. */
    record Blocked() implements PinAttempt {}

    /** The input cannot be a PIN of this kind; nothing was sent to the card. */
    record FormatRejected(Pin.FormatProblem problem) implements PinAttempt {}

    /** One try is left and the caller did not confirm using it; only the tries query was sent. */
    record ConfirmationRequired(int triesLeft) implements PinAttempt {}

    /**
     * The card answered the tries query without a count ({@code 9000}): with the count unknown there is no
     * last-try warning to give, so nothing was sent. The resident needs the municipal window.
     */
    record TriesUnknown() implements PinAttempt {}

    /**
     * The card answered the VERIFY with neither success nor a count ({@code sw}: 6Cxx, 61xx, 6F00, ...), so a try
     * may be gone. {@code now} is what the card reported when asked again with the empty VERIFY: that is what the
     * resident is told.
     */
    record Unconfirmed(int sw, PinTries now) implements PinAttempt {
        public Unconfirmed {
            Objects.requireNonNull(now, "now");
        }
    }
}
