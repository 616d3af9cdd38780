package jp.madoguchi.issuance.visit.card;

import java.util.function.Consumer;

/**
 * All card I/O of a visit. Every method returns at once; the work runs elsewhere (in production on the reader's
 * owner thread) and its outcome arrives as a {@link CardEvent} carrying {@code request}. Presence changes arrive
 * unasked. A port answers every request exactly once (a result or {@link CardEvent.Failed}).
 */
public interface CardPort {
    /** Where events go; set once, before the first request. Called from any thread. */
    void subscribe(Consumer<CardEvent> listener);

    /** Identify the card, read both PINs' tries (never using one) and the 利用者証明用 certificate. */
    void read(long request);

    /**
     * One attempt at the auth PIN; {@code pin} is wiped whatever happens. On success, in the same transaction,
     * read the certificate again and prove possession of its key ({@link PinOutcome.Verified}).
     */
    void verifyPin(long request, char[] pin, boolean lastTryConfirmed);

    /** Read only the 利用者証明用 certificate's fingerprint: is this the visit's card? */
    void fingerprint(long request);
}
