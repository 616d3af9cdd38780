package jp.madoguchi.issuance.visit.port;

import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * What the payment device reports for a visit. {@code amountYen} is 0 for a cancellation; {@code changeYen} is the
 * change paid out with a {@code PAID} (the take-documents screen tells the resident to take it), else 0.
 */
public record PaymentEvent(VisitId visit, PaymentStatus status, int amountYen, int changeYen) {
    public PaymentEvent {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(status, "status");
        if (amountYen < 0 || changeYen < 0) {
            throw new IllegalArgumentException("amount " + amountYen + ", change " + changeYen);
        }
    }

    /** An event without change: exact money, a cancellation, a refund, a fault. */
    public PaymentEvent(VisitId visit, PaymentStatus status, int amountYen) {
        this(visit, status, amountYen, 0);
    }
}
