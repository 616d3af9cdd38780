package jp.madoguchi.app.soak;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentStatus;

/**
 * The money rule for one visit's records: every yen taken in is either back with the resident (change, coins
 * returned on a cancel, refunds paid), paid for a sheet that printed, or recorded as a refund still due; and no
 * certificate printed unless the visit was paid. Receipts and statements are free and print after the documents.
 */
final class Money {
    private Money() {}

    /** Why the visit's money does not add up, or empty when it does. */
    static Optional<String> problem(List<JournalRecord> records) {
        VisitLedger ledger = VisitLedger.of(records);
        int held = ledger.received() - ledger.returned() - ledger.printedFees();
        int stillDue = ledger.refundsDue() - ledger.refunded();
        if (held != stillDue) {
            return Optional.of(String.format("¥%d unaccounted for (received %d, returned %d, printed fees %d,"
                    + " refunds due %d, refunded %d)", held - stillDue, ledger.received(), ledger.returned(),
                    ledger.printedFees(), ledger.refundsDue(), ledger.refunded()));
        }
        Set<String> free = new HashSet<>();
        boolean paid = false;
        for (JournalRecord r : records) {
            if (r.entry() instanceof JournalEntry.ReceiptIssued e) {
                free.add(e.document().value());
            } else if (r.entry() instanceof JournalEntry.StatementIssued e) {
                free.add(e.document().value());
            } else if (r.entry() instanceof JournalEntry.PaymentRecorded e && e.status() == PaymentStatus.PAID) {
                paid = true;
            }
        }
        for (String printed : ledger.printedDocuments()) {
            if (!free.contains(printed) && !ledger.issuedFees().containsKey(printed)) {
                return Optional.of("sheet " + printed + " printed but never issued in this visit");
            }
        }
        if (ledger.printedFees() > 0 && !paid) {
            return Optional.of("¥" + ledger.printedFees() + " of certificates printed without a payment");
        }
        return Optional.empty();
    }
}
