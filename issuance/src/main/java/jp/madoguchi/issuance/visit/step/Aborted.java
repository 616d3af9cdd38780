package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/** The visit was stopped and its data already wiped; the attract screen follows after a few seconds or on confirm. */
public record Aborted(AbortReason reason) implements VisitStep {
    public Aborted {
        Objects.requireNonNull(reason, "reason");
    }
}
