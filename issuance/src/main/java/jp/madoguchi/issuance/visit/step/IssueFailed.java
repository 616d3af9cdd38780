package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/** Paid but not issued: the problem, and the amount the payment port was asked to refund. */
public record IssueFailed(IssueProblem problem, int refundYen) implements VisitStep {
    public IssueFailed {
        Objects.requireNonNull(problem, "problem");
    }
}
