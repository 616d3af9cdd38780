package jp.madoguchi.app.output.journal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.JournalEntry.CashInserted;
import jp.madoguchi.issuance.visit.port.JournalEntry.ChangeReturned;
import jp.madoguchi.issuance.visit.port.JournalEntry.DocumentIssued;
import jp.madoguchi.issuance.visit.port.JournalEntry.PaymentCancelled;
import jp.madoguchi.issuance.visit.port.JournalEntry.RefundDue;
import jp.madoguchi.issuance.visit.port.JournalEntry.Refunded;
import jp.madoguchi.issuance.visit.port.JournalEntry.SheetPrinted;

/**
 * The money of one visit, folded from its records: cash taken in, cash given back (change, cancellation, refunds),
 * the fees of sheets that were printed, and refunds recorded as due. A sheet counts as printed only on a
 * {@code printed} {@link SheetPrinted}; a later successful reprint of the same number counts once.
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
            JournalEntry event = r.entry();
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
                fees.put(e.document().value(), e.feeYen());
            } else if (event instanceof SheetPrinted e && e.printed()) {
                printed.add(e.document().value());
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
        return Math.max(0, unmatched() - unpaidRefunds());
    }

    /** Refunds recorded as due that no payout has covered yet: what a refund slip must show. */
    public int unpaidRefunds() {
        return Math.max(0, refundsDue - refunded);
    }
}
