package jp.madoguchi.app.output.journal;

import java.util.Arrays;
import java.util.Optional;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * The name each kind of {@link JournalEntry} is stored under in the journal's {@code type} column and in exports.
 * Spelled out here rather than derived from class names, so that renaming a record never changes what old journals
 * mean; the names journals before 0.2 wrote keep their meaning.
 */
enum EntryType {
    STARTED("visit-started", JournalEntry.Started.class),
    CARD_IDENTIFIED("card-identified", JournalEntry.CardIdentified.class),
    DECIDED("decided", JournalEntry.Decided.class),
    PAYMENT_RECORDED("payment-recorded", JournalEntry.PaymentRecorded.class),
    DOCUMENTS_ISSUED("documents-issued", JournalEntry.DocumentsIssued.class),
    STATEMENT_ISSUED("statement-issued", JournalEntry.StatementIssued.class),
    PRINT_FINISHED("print-job-finished", JournalEntry.PrintFinished.class),
    ENDED("visit-ended", JournalEntry.Ended.class),
    PAYMENT_DUE("payment-due", JournalEntry.PaymentDue.class),
    CASH_INSERTED("cash-inserted", JournalEntry.CashInserted.class),
    CHANGE_RETURNED("change-returned", JournalEntry.ChangeReturned.class),
    PAYMENT_CANCELLED("payment-cancelled", JournalEntry.PaymentCancelled.class),
    REFUND_DUE("refund-due", JournalEntry.RefundDue.class),
    REFUNDED("refunded", JournalEntry.Refunded.class),
    DOCUMENT_ISSUED("document-issued", JournalEntry.DocumentIssued.class),
    RECEIPT_ISSUED("receipt-issued", JournalEntry.ReceiptIssued.class),
    SHEET_PRINTED("print-finished", JournalEntry.SheetPrinted.class),
    REPRINT_GRANTED("reprint-granted", JournalEntry.ReprintGranted.class),
    SERVICE_CHOSEN("service-chosen", JournalEntry.ServiceChosen.class),
    RULE_DECIDED("rule-decided", JournalEntry.RuleDecided.class);

    private final String stored;
    private final Class<? extends JournalEntry> kind;

    EntryType(String stored, Class<? extends JournalEntry> kind) {
        this.stored = stored;
        this.kind = kind;
    }

    String stored() {
        return stored;
    }

    static EntryType of(JournalEntry entry) {
        return Arrays.stream(values()).filter(type -> type.kind == entry.getClass()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no stored name for " + entry.getClass()));
    }

    static Optional<EntryType> named(String stored) {
        return Arrays.stream(values()).filter(type -> type.stored.equals(stored)).findFirst();
    }
}
