package jp.madoguchi.app.kiosk.output;

import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.payment.PaymentDevice;
import jp.madoguchi.app.output.payment.PaymentRecorder;
import jp.madoguchi.app.output.payment.PaymentState;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PaymentPort;
import jp.madoguchi.issuance.visit.port.PaymentStatus;

/**
 * {@link PaymentPort} over a {@link PaymentDevice}. Cash movements are journaled where they happen (a
 * {@link PaymentRecorder} per payment); a refund pays back what the journal says the visit is still owed, so a
 * sheet already refunded by {@link Settlement}, or printed, is never paid back twice. When the device fails holding
 * money, or cannot pay a refund out, the money is journaled as due before anything else and a 返金票 is printed
 * when the printer works ({@link RefundSlips}); the visit hears {@code FAILED} with the amount owed.
 */
public final class CashPayment implements PaymentPort {
    private final PaymentDevice device;
    private final Journal journal;
    private final Settlement settlement;
    private final Optional<RefundSlips> slips;
    private volatile Consumer<PaymentEvent> listener = event -> { };
    private Collecting current;

    /** The payment now open on the device and its journal recorder. */
    private record Collecting(VisitId visit, PaymentRecorder recorder) {}

    public CashPayment(PaymentDevice device, Journal journal, Settlement settlement) {
        this(device, journal, settlement, Optional.empty());
    }

    public CashPayment(PaymentDevice device, Journal journal, Settlement settlement, Optional<RefundSlips> slips) {
        this.device = device;
        this.journal = journal;
        this.settlement = settlement;
        this.slips = slips;
        device.addListener(this::onDevice);
    }

    @Override
    public void subscribe(Consumer<PaymentEvent> subscriber) {
        listener = subscriber;
    }

    @Override
    public void request(VisitId visit, int amountYen) {
        if (device.state() instanceof PaymentState.AmountDue) {
            device.cancel(); // left open by an earlier visit: its recorder journals the cash given back
        }
        synchronized (this) {
            current = new Collecting(visit, new PaymentRecorder(journal, visit));
        }
        device.demand(visit.value(), amountYen);
    }

    @Override
    public void cancel(VisitId visit) {
        if (isCurrent(visit) && device.state() instanceof PaymentState.AmountDue) {
            device.cancel();
        }
    }

    @Override
    public void refund(VisitId visit, int amountYen) {
        int owed = Math.min(amountYen, VisitLedger.of(journal.visit(visit)).refundNotYetDue());
        if (owed > 0) {
            settlement.refund(visit, owed, "issue-failed");
        }
        // What no payout covered: this refund, or a failed sheet's fee that Settlement could not pay back while
        // the job was printing. One slip for all of it, and the visit is told the money is owed, not refunded.
        int unpaid = VisitLedger.of(journal.visit(visit)).unpaidRefunds();
        if (unpaid > 0) {
            slips.ifPresent(s -> s.print(visit, unpaid, "issue-failed"));
            listener.accept(new PaymentEvent(visit, PaymentStatus.FAILED, unpaid));
            return;
        }
        listener.accept(new PaymentEvent(visit, PaymentStatus.REFUNDED, owed));
    }

    private void onDevice(PaymentState state) {
        Collecting collecting;
        synchronized (this) {
            collecting = current;
        }
        if (collecting == null) {
            return;
        }
        collecting.recorder().accept(state);
        if (state instanceof PaymentState.Paid paid) {
            listener.accept(new PaymentEvent(collecting.visit(), PaymentStatus.PAID, paid.due(), paid.change()));
        } else if (state instanceof PaymentState.Cancelled) {
            listener.accept(new PaymentEvent(collecting.visit(), PaymentStatus.CANCELLED, 0));
        } else if (state instanceof PaymentState.Faulted faulted) {
            if (faulted.held() > 0) {
                // The device's own count of what it holds wins: coins it took but never reported are journaled.
                collecting.recorder().accept(new PaymentState.AmountDue(faulted.due(), faulted.held()));
            }
            failed(collecting.visit(), faulted);
        }
    }

    /**
     * The device failed during the payment. With nothing held it is a cancellation (the health check takes the
     * kiosk out of service); with money held, that money is recorded as owed first, then the slip, then the visit.
     */
    private void failed(VisitId visit, PaymentState.Faulted faulted) {
        int owed = Math.min(faulted.held(), VisitLedger.of(journal.visit(visit)).refundNotYetDue());
        if (faulted.held() == 0) {
            journal.record(new JournalEntry.PaymentCancelled(visit, journal.now(), 0));
            listener.accept(new PaymentEvent(visit, PaymentStatus.CANCELLED, 0));
            return;
        }
        String reason = "payment-" + faulted.fault();
        if (owed > 0) {
            journal.record(new JournalEntry.RefundDue(visit, journal.now(), owed, reason));
        }
        // Printed before the visit hears of it: the visit's end (Printer.endVisit) cleans up its print jobs.
        slips.ifPresent(s -> s.print(visit, faulted.held(), reason));
        listener.accept(new PaymentEvent(visit, PaymentStatus.FAILED, faulted.held()));
    }

    private synchronized boolean isCurrent(VisitId visit) {
        return current != null && current.visit().equals(visit);
    }
}
