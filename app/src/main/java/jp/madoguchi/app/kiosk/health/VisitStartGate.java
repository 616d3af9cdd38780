package jp.madoguchi.app.kiosk.health;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.journal.JournalException;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;

/**
 * Runs the journal's own checks (free space, the file writable, the chain intact) once more as a visit starts,
 * before its first record: the health round may be seconds old, and a disk that filled since would let a visit take
 * the card and the PIN and fail only at payment. A failing check refuses the record, which keeps the visit from
 * starting and puts the kiosk out of service with the check's reason (the visit machine's {@code begin}).
 */
public final class VisitStartGate implements VisitJournal {
    private final VisitJournal next;
    private final List<HealthCheck> checks;

    public VisitStartGate(VisitJournal next, List<HealthCheck> checks) {
        this.next = next;
        this.checks = List.copyOf(checks);
    }

    @Override
    public void record(JournalEntry entry) {
        if (entry instanceof JournalEntry.Started) {
            for (HealthCheck check : checks) {
                Optional<Outage> outage = check.check();
                if (outage.isPresent()) {
                    throw new JournalException("no visit can start: " + outage.get().detail());
                }
            }
        }
        next.record(entry);
    }
}
