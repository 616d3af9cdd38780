package jp.madoguchi.issuance.visit.step;

/**
 * Why a visit stopped before its end. {@code messageKey()} is a prefix: the UI shows its {@code .title} and
 * {@code .body}.
 */
public enum AbortReason {
    /** The card left the reader before the remove-card step. */
    CARD_REMOVED("abort.cardRemoved"),
    /** Another card was placed mid-visit: everything is dropped for the resident's safety. */
    CARD_SWAPPED("abort.cardSwapped"),
    /** The card stopped answering properly (or did not answer in time). */
    CARD_UNREADABLE("abort.cardUnreadable"),
    /** The card failed or did not answer while it checked the PIN: a try may have been used. */
    PIN_UNCONFIRMED("abort.pinUnconfirmed"),
    /** The reader or the PC/SC service went away. */
    READER_UNAVAILABLE("abort.readerUnavailable");

    private final String messageKey;

    AbortReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
