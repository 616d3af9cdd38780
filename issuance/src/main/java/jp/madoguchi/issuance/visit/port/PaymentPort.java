package jp.madoguchi.issuance.visit.port;

import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * Takes the fee. Methods return at once; outcomes arrive as {@link PaymentEvent}s to the subscriber, from any
 * thread. At most one payment per visit is open at a time.
 */
public interface PaymentPort {
    /** Set once, before the first request. */
    void subscribe(Consumer<PaymentEvent> listener);

    /** Ask for {@code amountYen}; answered by PAID or CANCELLED. */
    void request(VisitId visit, int amountYen);

    /** The resident went back or the visit ended before paying; answered by CANCELLED (or PAID if too late). */
    void cancel(VisitId visit);

    /**
     * Give back money received for the visit (nothing was issued); answered by REFUNDED, or by FAILED with the
     * amount the device could not pay back (the adapter has recorded it as owed and printed a slip when it could).
     */
    void refund(VisitId visit, int amountYen);
}
