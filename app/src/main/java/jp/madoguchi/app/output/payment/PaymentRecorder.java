package jp.madoguchi.app.output.payment;

import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * Listens to a payment device during one visit and journals every movement of cash in: the amount due, each insertion,
 * change and cancellation. Refunds are {@link Settlement}'s to record, together with why they were owed.
 */
public final class PaymentRecorder implements java.util.function.Consumer<PaymentState> {
    private final Journal journal;
    private final VisitId visit;
    private int inserted;

    public PaymentRecorder(Journal journal, VisitId visit) {
        this.journal = journal;
        this.visit = visit;
    }

    @Override
    public synchronized void accept(PaymentState state) {
        if (state instanceof PaymentState.AmountDue due) {
            if (due.inserted() == 0) {
                inserted = 0;
                journal.record(new JournalEntry.PaymentDue(visit, journal.now(), due.due()));
            }
            recordInserted(due.inserted());
        } else if (state instanceof PaymentState.Paid paid) {
            recordInserted(paid.inserted());
            if (paid.change() > 0) {
                journal.record(new JournalEntry.ChangeReturned(visit, journal.now(), paid.change()));
            }
        } else if (state instanceof PaymentState.Cancelled cancelled) {
            journal.record(new JournalEntry.PaymentCancelled(visit, journal.now(), cancelled.returned()));
        }
    }

    private void recordInserted(int total) {
        if (total > inserted) {
            journal.record(new JournalEntry.CashInserted(visit, journal.now(), total - inserted));
            inserted = total;
        }
    }
}
