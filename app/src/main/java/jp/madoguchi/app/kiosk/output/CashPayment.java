package jp.madoguchi.app.kiosk.output;

import java.util.function.Consumer;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.payment.PaymentDevice;
import jp.madoguchi.app.output.payment.PaymentRecorder;
import jp.madoguchi.app.output.payment.PaymentState;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PaymentPort;
import jp.madoguchi.issuance.visit.port.PaymentStatus;

/**
 * {@link PaymentPort} over a {@link PaymentDevice}. Cash movements are journaled where they happen (a
 * {@link PaymentRecorder} per payment); a refund pays back what the journal says the visit is still owed, so a
 * sheet already refunded by {@link Settlement}, or printed, is never paid back twice.
 */
public final class CashPayment implements PaymentPort {
    private final PaymentDevice device;
    private final Journal journal;
    private final Settlement settlement;
    private volatile Consumer<PaymentEvent> listener = event -> { };
    private Collecting current;

    /** The payment now open on the device and its journal recorder. */
    private record Collecting(VisitId visit, PaymentRecorder recorder) {}

    public CashPayment(PaymentDevice device, Journal journal, Settlement settlement) {
        this.device = device;
        this.journal = journal;
        this.settlement = settlement;
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
        device.demand(amountYen);
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
        listener.accept(new PaymentEvent(visit, PaymentStatus.REFUNDED, Math.max(owed, 0)));
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
            listener.accept(new PaymentEvent(collecting.visit(), PaymentStatus.PAID, paid.due()));
        } else if (state instanceof PaymentState.Cancelled) {
            listener.accept(new PaymentEvent(collecting.visit(), PaymentStatus.CANCELLED, 0));
        }
    }

    private synchronized boolean isCurrent(VisitId visit) {
        return current != null && current.visit().equals(visit);
    }
}
