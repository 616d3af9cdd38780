package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.engine.Reason;

/**
 * Document, options, people, copies and fee. The engine decides the exact request here; when it refuses (e.g. the
 * service hours ended meanwhile) {@code refusal} holds its reasons and only back or cancel are possible.
 */
public record Confirm(OrderSummary order, List<Reason> refusal) implements VisitStep {
    public Confirm {
        Objects.requireNonNull(order, "order");
        refusal = List.copyOf(refusal);
    }

    public boolean allowed() {
        return refusal.isEmpty();
    }
}
