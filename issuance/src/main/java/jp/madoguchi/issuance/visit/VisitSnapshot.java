package jp.madoguchi.issuance.visit;

import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.issuance.visit.step.IdleWarning;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * Everything the UI needs to draw the kiosk at one moment. {@code sequence} grows with every snapshot, so a UI that
 * receives them on another thread can drop stale ones. {@code visit} is empty on the attract screen.
 * {@code cardOnReader} is what the reader last reported (e.g. for a "card left on the reader" hint).
 */
public record VisitSnapshot(long sequence, Optional<VisitId> visit, Language language, VisitStep step,
        Optional<IdleWarning> idleWarning, boolean cardOnReader) {
    public VisitSnapshot {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(idleWarning, "idleWarning");
    }
}
