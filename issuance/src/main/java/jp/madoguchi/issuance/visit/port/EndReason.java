package jp.madoguchi.issuance.visit.port;

import java.util.Arrays;
import java.util.Optional;
import jp.madoguchi.issuance.Identified;

/**
 * How a visit ended. The visit machine ends every visit with one of these and the journal records it exactly; the
 * staff screen and {@code simulate} count visits by them. Two are never produced by the machine:
 * {@link #INTERRUPTED} is written by crash recovery, and {@link #DENIED} exists only in journals written before the
 * journal recorded reasons exactly (see {@link #fromJournal}).
 */
public enum EndReason implements Identified {
    /** Documents printed and the resident was reminded to take them. */
    COMPLETED("completed"),
    /** The card check service showed its result. */
    CARD_CHECKED("card-checked"),
    /** Help or account inquiry was shown. */
    INFORMATION_SHOWN("information-shown"),
    CANCELLED("cancelled"),
    TIMED_OUT("timed-out"),
    CARD_REMOVED("card-removed"),
    CARD_SWAPPED("card-swapped"),
    CARD_UNREADABLE("card-unreadable"),
    READER_UNAVAILABLE("reader-unavailable"),
    /** Not a usable card: 住基, smartphone token, expired/revoked/not yet valid, untrusted, already locked. */
    CARD_REFUSED("card-refused"),
    /** The auth PIN locked during this visit. */
    PIN_LOCKED("pin-locked"),
    /** The card gave no clear answer to the PIN, or none at all: a try may have been used. */
    PIN_UNCONFIRMED("pin-unconfirmed"),
    NOT_REGISTERED("not-registered"),
    /** Paid, but the documents could not be rendered or printed; a refund was requested. */
    ISSUE_FAILED("issue-failed"),
    /** A check the visit needs failed before anything was paid: the kiosk went out of service. */
    OUT_OF_SERVICE("out-of-service"),
    /** A bug in the kiosk stopped the visit; it was wiped like any other. */
    INTERNAL_ERROR("internal-error"),
    /** The kiosk stopped mid-visit (crash, power loss): written by crash recovery on the next start. */
    INTERRUPTED("interrupted"),
    /** Journals before 0.2 only: card refused, PIN locked or not registered, recorded as one. */
    DENIED("denied");

    private final String id;

    EndReason(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * The reason a journal record names. Journals before 0.2 wrote five coarse words; "completed", "cancelled" and
     * "timed-out" keep their meaning, "interrupted" also stood for card unreadable, reader unavailable and internal
     * errors, and "denied" for the refusals: those two are read back as they were written, no finer.
     */
    public static Optional<EndReason> fromJournal(String id) {
        return Arrays.stream(values()).filter(reason -> reason.id.equals(id)).findFirst();
    }
}
