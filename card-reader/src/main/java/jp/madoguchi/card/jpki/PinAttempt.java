package jp.madoguchi.card.jpki;

import jp.madoguchi.card.pin.Pin;

/**
 * The outcome of one {@link PinVerifier#attempt}. None of them carries the PIN. Only {@link Verified},
 * {@link WrongPin} and a {@link Blocked} caused by this attempt mean a VERIFY reached the card.
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
}
