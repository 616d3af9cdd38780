package jp.madoguchi.app.output.journal;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * Run once when the kiosk starts, before the first visit: every visit a crash left without an end record is closed
 * as {@code interrupted}, and money it took that no printed sheet accounts for is recorded as a refund due. A sheet
 * whose print outcome was never recorded counts as not printed: the resident is refunded rather than charged for
 * paper that may never have come out. A visit that ended and then got a late record (the cash unit's answer after
 * the visit gave up on it) is not reopened, but money in it that nothing accounts for is recorded as due too.
 */
public final class CrashRecovery {
    private CrashRecovery() {}

    /** What recovery did to one open visit. */
    public record Recovered(VisitId visit, VisitLedger ledger, int refundRecorded) {}

    public static List<Recovered> run(Journal journal) {
        List<Recovered> recovered = new ArrayList<>();
        VisitEnds ends = VisitEnds.of(journal.records()); // one read of the journal at start, not one per question
        for (VisitId visit : ends.open()) {
            VisitLedger ledger = VisitLedger.of(journal.visit(visit));
            int refund = ledger.refundNotYetDue();
            if (refund > 0) {
                journal.record(new JournalEntry.RefundDue(visit, journal.now(), refund, EndReason.INTERRUPTED.id()));
            }
            journal.record(new JournalEntry.Ended(visit, journal.now(), EndReason.INTERRUPTED, null));
            recovered.add(new Recovered(visit, ledger, refund));
        }
        for (VisitId visit : ends.late()) {
            // Ended already, then money arrived (a late payment the kiosk was refunding when it stopped): what is
            // not yet due back is recorded as due; the visit is not ended a second time.
            VisitLedger ledger = VisitLedger.of(journal.visit(visit));
            int refund = ledger.refundNotYetDue();
            if (refund > 0) {
                journal.record(new JournalEntry.RefundDue(visit, journal.now(), refund, EndReason.INTERRUPTED.id()));
                recovered.add(new Recovered(visit, ledger, refund));
            }
        }
        return recovered;
    }
}
