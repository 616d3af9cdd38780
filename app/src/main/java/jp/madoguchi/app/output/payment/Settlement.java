package jp.madoguchi.app.output.payment;

import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * After a paid sheet failed to print: a reprint when the printer is ready again and the sheet has had fewer than
 * {@code maxReprints} reprints, otherwise a refund of its fee. The decision is journaled before anything happens, so
 * a crash in between still leaves the money owed on record (and {@code CrashRecovery} finds it).
 */
public final class Settlement {
    private final Journal journal;
    private final PaymentDevice device;
    private final int maxReprints;

    public Settlement(Journal journal, PaymentDevice device, int maxReprints) {
        if (maxReprints < 0) {
            throw new IllegalArgumentException("maxReprints must be >= 0");
        }
        this.journal = journal;
        this.device = device;
        this.maxReprints = maxReprints;
    }

    /** Decides and records; {@code failure} is the print failure id (e.g. {@code out-of-paper}). */
    public SettlementDecision afterPrintFailure(VisitId visit, DocumentNumber document, int feeYen, String failure,
            boolean printerReady) {
        if (printerReady && reprints(visit, document) < maxReprints) {
            journal.record(new JournalEntry.ReprintGranted(visit, journal.now(), document, failure));
            return new SettlementDecision.Reprint(document.value());
        }
        return refund(visit, feeYen, failure);
    }

    /** Records the refund as due, pays it out, and records the payout; a device failure leaves it due. */
    public SettlementDecision.Refund refund(VisitId visit, int yen, String reason) {
        journal.record(new JournalEntry.RefundDue(visit, journal.now(), yen, reason));
        try {
            device.refund(yen);
        } catch (RuntimeException e) {
            return new SettlementDecision.Refund(yen, false);
        }
        journal.record(new JournalEntry.Refunded(visit, journal.now(), yen));
        return new SettlementDecision.Refund(yen, true);
    }

    private long reprints(VisitId visit, DocumentNumber document) {
        return journal.visit(visit).stream()
                .filter(r -> r.entry() instanceof JournalEntry.ReprintGranted g && g.document().equals(document))
                .count();
    }
}
