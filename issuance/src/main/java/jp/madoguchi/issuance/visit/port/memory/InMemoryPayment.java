package jp.madoguchi.issuance.visit.port.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PaymentPort;
import jp.madoguchi.issuance.visit.port.PaymentStatus;

/**
 * A till that keeps totals in memory. In {@link Mode#PAY_AT_ONCE} every request is paid immediately (the demo
 * kiosk); in {@link Mode#MANUAL} a test or the simulator plays the resident with {@link #pay} and {@link #decline}.
 */
public final class InMemoryPayment implements PaymentPort {
    public enum Mode { PAY_AT_ONCE, MANUAL }

    private final Mode mode;
    private final Map<VisitId, Integer> open = new HashMap<>();
    private Consumer<PaymentEvent> listener = event -> { };
    private long collectedYen;
    private long refundedYen;

    public InMemoryPayment(Mode mode) {
        this.mode = mode;
    }

    @Override
    public synchronized void subscribe(Consumer<PaymentEvent> subscriber) {
        listener = subscriber;
    }

    @Override
    public synchronized void request(VisitId visit, int amountYen) {
        open.put(visit, amountYen);
        if (mode == Mode.PAY_AT_ONCE) {
            pay(visit);
        }
    }

    /** The resident paid the amount asked; false when nothing was asked for this visit. */
    public synchronized boolean pay(VisitId visit) {
        Integer amount = open.remove(visit);
        if (amount == null) {
            return false;
        }
        collectedYen += amount;
        listener.accept(new PaymentEvent(visit, PaymentStatus.PAID, amount));
        return true;
    }

    /** The resident gave up at the payment device. */
    public synchronized void decline(VisitId visit) {
        cancel(visit);
    }

    @Override
    public synchronized void cancel(VisitId visit) {
        if (open.remove(visit) != null) {
            listener.accept(new PaymentEvent(visit, PaymentStatus.CANCELLED, 0));
        }
    }

    @Override
    public synchronized void refund(VisitId visit, int amountYen) {
        refundedYen += amountYen;
        listener.accept(new PaymentEvent(visit, PaymentStatus.REFUNDED, amountYen));
    }

    public synchronized boolean isOpen(VisitId visit) {
        return open.containsKey(visit);
    }

    public synchronized long collectedYen() {
        return collectedYen;
    }

    public synchronized long refundedYen() {
        return refundedYen;
    }
}
