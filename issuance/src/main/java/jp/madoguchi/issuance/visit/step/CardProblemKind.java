package jp.madoguchi.issuance.visit.step;

/** Why a card cannot be used here. Message keys match the UI bundles ({@code cardProblem.*}). */
public enum CardProblemKind {
    /** 住基カード: its JPKI service has ended. */
    JUKI_CARD("cardProblem.juki"),
    /** スマホ用電子証明書 token: this kiosk reads the physical card only. */
    SMARTPHONE("cardProblem.smartphone"),
    /** No JPKI application, an unknown token, an untrusted or malformed certificate, or a failed possession proof. */
    UNKNOWN_CARD("cardProblem.unknown"),
    /** The 利用者証明用電子証明書 expired; argument: the expiry date. */
    CERTIFICATE_EXPIRED("cardProblem.expired"),
    CERTIFICATE_REVOKED("cardProblem.revoked"),
    /** The certificate starts later (a card issued today is usable from tomorrow); argument: the start date. */
    CERTIFICATE_NOT_YET_VALID("cardProblem.notYetValid"),
    /** The auth PIN was locked before this visit; the step lists the unlock routes. */
    AUTH_PIN_LOCKED("cardProblem.locked"),
    /** A genuine card whose holder is not in this kiosk's resident registry. */
    NOT_REGISTERED("cardProblem.notRegistered"),
    /**
     * The card gave no count for the PIN's tries: without it no last-try warning can be given, so no PIN is asked
     * for; the step lists the municipal counter.
     */
    PIN_TRIES_UNKNOWN("cardProblem.triesUnknown"),
    /**
     * The card answered the PIN with neither yes nor no, so a try may be gone; the message says what the card
     * reports now (see {@link #PIN_UNCONFIRMED_LOCKED}, {@link #PIN_UNCONFIRMED_UNKNOWN} for its other variants).
     */
    PIN_UNCONFIRMED("cardProblem.pinUnconfirmed");

    /** Message key of {@link #PIN_UNCONFIRMED} when the card now reports the PIN locked. */
    public static final String PIN_UNCONFIRMED_LOCKED = "cardProblem.pinUnconfirmedLocked";
    /** Message key of {@link #PIN_UNCONFIRMED} when the card then gave no count at all. */
    public static final String PIN_UNCONFIRMED_UNKNOWN = "cardProblem.pinUnconfirmedUnknown";

    private final String messageKey;

    CardProblemKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
