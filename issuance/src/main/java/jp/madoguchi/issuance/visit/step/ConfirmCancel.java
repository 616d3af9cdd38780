package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/**
 * Cancel was pressed after the PIN: ending now wipes the order, so the resident confirms it (cancel again) or goes
 * back to {@code resume} with everything kept.
 */
public record ConfirmCancel(VisitStep resume) implements VisitStep {
    public ConfirmCancel {
        Objects.requireNonNull(resume, "resume");
        if (resume instanceof ConfirmCancel) {
            throw new IllegalArgumentException("a cancel confirmation does not resume another");
        }
    }
}
