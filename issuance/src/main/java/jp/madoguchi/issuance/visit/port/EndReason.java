package jp.madoguchi.issuance.visit.port;

/** How a visit ended; the staff screen and {@code simulate} count visits by these. */
public enum EndReason {
    /** Documents printed and the resident was reminded to take them. */
    COMPLETED,
    /** The card check service showed its result. */
    CARD_CHECKED,
    /** Help or account inquiry was shown. */
    INFORMATION_SHOWN,
    CANCELLED,
    TIMED_OUT,
    CARD_REMOVED,
    CARD_SWAPPED,
    CARD_UNREADABLE,
    READER_UNAVAILABLE,
    /** Not a usable card: 住基, smartphone token, expired/revoked/not yet valid, untrusted, already locked. */
    CARD_REFUSED,
    /** The auth PIN locked during this visit. */
    PIN_LOCKED,
    /** The card gave no clear answer to the PIN, or none at all: a try may have been used. */
    PIN_UNCONFIRMED,
    NOT_REGISTERED,
    /** Paid, but the documents could not be rendered or printed; a refund was requested. */
    ISSUE_FAILED,
    /** A bug in the kiosk stopped the visit; it was wiped like any other. */
    INTERNAL_ERROR
}
