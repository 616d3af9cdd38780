package jp.madoguchi.app.output.payment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A DEMONSTRATION cash acceptor: coins and notes are "inserted" by the screen calling {@link #insert}, and change and
 * refunds are only announced. No money moves; {@link #demonstration()} is true so the UI labels every payment step
 * with {@link #NOTICE}. It is the embedded default until a real device adapter is configured.
 */
public final class DemoCashAcceptor implements PaymentDevice {
    public static final String NOTICE = "デモ用の支払い装置です（実際のお金は動きません） / Demonstration payment device: no real money";

    private final List<Consumer<PaymentState>> listeners = new CopyOnWriteArrayList<>();
    private PaymentState state = new PaymentState.Idle();

    @Override
    public synchronized void demand(int yen) {
        if (yen <= 0) {
            throw new IllegalArgumentException("amount due must be positive, got " + yen);
        }
        if (state instanceof PaymentState.AmountDue) {
            throw new IllegalStateException("a payment is already open");
        }
        move(new PaymentState.AmountDue(yen, 0));
    }

    /** The resident puts a coin or note in; returns the new state. Refused when nothing is due. */
    public synchronized PaymentState insert(Cash cash) {
        if (!(state instanceof PaymentState.AmountDue due)) {
            throw new IllegalStateException("nothing is due: the acceptor gives the " + cash.yen() + " yen back");
        }
        int inserted = due.inserted() + cash.yen();
        move(inserted >= due.due()
                ? new PaymentState.Paid(due.due(), inserted, inserted - due.due())
                : new PaymentState.AmountDue(due.due(), inserted));
        return state;
    }

    @Override
    public synchronized void cancel() {
        if (!(state instanceof PaymentState.AmountDue due)) {
            throw new IllegalStateException("no payment to cancel");
        }
        move(new PaymentState.Cancelled(due.due(), due.inserted()));
    }

    @Override
    public synchronized void refund(int yen) {
        if (yen <= 0) {
            throw new IllegalArgumentException("refund must be positive, got " + yen);
        }
        if (state instanceof PaymentState.AmountDue) {
            throw new IllegalStateException("cannot refund while collecting");
        }
        move(new PaymentState.Refunded(yen));
    }

    @Override
    public synchronized PaymentState state() {
        return state;
    }

    @Override
    public void addListener(Consumer<PaymentState> listener) {
        listeners.add(listener);
    }

    @Override
    public boolean demonstration() {
        return true;
    }

    private void move(PaymentState next) {
        state = next;
        listeners.forEach(listener -> listener.accept(next));
    }
}
