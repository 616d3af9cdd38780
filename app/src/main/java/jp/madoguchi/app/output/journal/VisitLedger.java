package jp.madoguchi.app.output.journal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.madoguchi.app.output.journal.JournalEvent.CashInserted;
import jp.madoguchi.app.output.journal.JournalEvent.ChangeReturned;
import jp.madoguchi.app.output.journal.JournalEvent.DocumentIssued;
import jp.madoguchi.app.output.journal.JournalEvent.PaymentCancelled;
import jp.madoguchi.app.output.journal.JournalEvent.PrintFinished;
import jp.madoguchi.app.output.journal.JournalEvent.Refunded;
import jp.madoguchi.app.output.journal.JournalEvent.RefundDue;

/**
 * The money of one visit, folded from its records: cash taken in, cash given back (change, cancellation, refunds),
 * the fees of sheets that were printed, and refunds recorded as due. A sheet counts as printed only on a
 * {@code printed} {@link PrintFinished}; a later successful reprint of the same number counts once.
 */
public record VisitLedger(int received, int returned, int printedFees, int refundsDue, int refunded,
        Set<String> printedDocuments, Map<String, Integer> issuedFees) {

    public static VisitLedger of(List<JournalRecord> visitRecords) {
        int received = 0;
        int returned = 0;
        int due = 0;
        int refunded = 0;
        Map<String, Integer> fees = new LinkedHashMap<>();
        Set<String> printed = new LinkedHashSet<>();
        for (JournalRecord r : visitRecords) {
            JournalEvent event = r.event();
            if (event instanceof CashInserted e) {
                received += e.yen();
            } else if (event instanceof ChangeReturned e) {
                returned += e.yen();
            } else if (event instanceof PaymentCancelled e) {
                returned += e.returnedYen();
            } else if (event instanceof Refunded e) {
                refunded += e.yen();
            } else if (event instanceof RefundDue e) {
                due += e.yen();
            } else if (event instanceof DocumentIssued e) {
                fees.put(e.document(), e.feeYen());
            } else if (event instanceof PrintFinished e && e.printed()) {
                printed.add(e.document());
            }
        }
        int printedFees = printed.stream().mapToInt(d -> fees.getOrDefault(d, 0)).sum();
        return new VisitLedger(received, returned + refunded, printedFees, due, refunded, Set.copyOf(printed),
                Map.copyOf(fees));
    }

    /** Money the kiosk holds beyond what printed sheets cost: owed back to the resident. */
    public int unmatched() {
        return received - returned - printedFees;
    }

    /** What is owed back and not yet recorded as due. */
    public int refundNotYetDue() {
        return Math.max(0, unmatched() - (refundsDue - refunded));
    }
}
