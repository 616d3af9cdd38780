package jp.madoguchi.issuance.visit.port;

import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;

/** What the payment device reports for a visit. {@code amountYen} is 0 for a cancellation. */
public record PaymentEvent(VisitId visit, PaymentStatus status, int amountYen) {
    public PaymentEvent {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(status, "status");
        if (amountYen < 0) {
            throw new IllegalArgumentException("amount " + amountYen);
        }
    }
}
