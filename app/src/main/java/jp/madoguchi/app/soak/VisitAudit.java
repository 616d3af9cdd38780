package jp.madoguchi.app.soak;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * What one finished visit must have left: exactly one ending the kind allows, money that adds up, certificates
 * printed only on paid visits and always on them, and nothing behind (no spool files, no certificates in memory).
 */
final class VisitAudit {
    private final SoakKiosk kiosk;

    VisitAudit(SoakKiosk kiosk) {
        this.kiosk = kiosk;
    }

    /** Throws a {@link SoakFailure} naming the first thing wrong with the visit. */
    VisitLedger check(VisitId visit, VisitKind kind) {
        List<JournalRecord> records = kiosk.journal().visit(visit);
        List<JournalEntry.Ended> ends = records.stream().map(JournalRecord::entry)
                .filter(JournalEntry.Ended.class::isInstance).map(JournalEntry.Ended.class::cast).toList();
        if (ends.size() != 1 || !kind.endings().contains(ends.get(0).reason())) {
            fail(visit, kind, "ended " + ends.stream().map(e -> e.reason() + " on " + e.lastStep()).toList()
                    + ", expected one of " + kind.endings());
        }
        Optional<String> money = Money.problem(records);
        money.ifPresent(problem -> fail(visit, kind, problem));
        VisitLedger ledger = VisitLedger.of(records);
        if (kind.paid() != (ledger.printedFees() > 0)) {
            fail(visit, kind, "printed ¥" + ledger.printedFees() + " of certificates");
        }
        long spool = kiosk.spoolEntries();
        if (spool != 0) {
            fail(visit, kind, "left " + spool + " entries in the spool directory");
        }
        int held = kiosk.session().outputs().sheets().visitsHeld();
        if (held != 0) {
            fail(visit, kind, "left the certificates of " + held + " visit(s) in memory");
        }
        return ledger;
    }

    private static void fail(VisitId visit, VisitKind kind, String problem) {
        throw new SoakFailure(visit.value() + " (" + kind + "): " + problem);
    }
}
