package jp.madoguchi.app.output.payment.socket;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.madoguchi.app.output.payment.PaymentState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's view of the daemon's payment, moved by the daemon's messages. Listeners are told outside the lock, so
 * a listener that journals (slowly) or calls back into the device cannot deadlock the reader thread.
 */
final class PaymentTracker {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentTracker.class);

    private final List<Consumer<PaymentState>> listeners = new CopyOnWriteArrayList<>();
    private PaymentState state = new PaymentState.Idle();
    private String open;
    private String last;
    private PaymentState.Paid changeOwed;
    private String fault;
    private CompletableFuture<PaymentState> answer = new CompletableFuture<>();

    void addListener(Consumer<PaymentState> listener) {
        listeners.add(listener);
    }

    synchronized PaymentState state() {
        return state;
    }

    synchronized Optional<String> fault() {
        return Optional.ofNullable(fault);
    }

    /** The payment a refund is for: the last one demanded (a kiosk refunds only its current visit). */
    synchronized String lastPayment() {
        return last;
    }

    synchronized boolean collecting() {
        return open != null;
    }

    /** A new payment is open for {@code due}. */
    void opened(String payment, int due) {
        synchronized (this) {
            open = payment;
            last = payment;
            changeOwed = null;
        }
        move(new PaymentState.AmountDue(due, 0));
    }

    /** The next cancel or refund answer (or the fault or loss that stands for one). */
    synchronized CompletableFuture<PaymentState> expectAnswer() {
        answer = new CompletableFuture<>();
        return answer;
    }

    /** Handles one message of the daemon's; unknown types and stale payment ids are logged and ignored. */
    void onMessage(JsonNode m) {
        String payment = Wire.text(m, "payment");
        PaymentState next = switch (Wire.type(m)) {
            case "inserted" -> ifOpen(payment, due -> new PaymentState.AmountDue(due, Wire.yen(m, "total")));
            case "paid" -> paid(payment, new PaymentState.Paid(Wire.yen(m, "due"), Wire.yen(m, "inserted"),
                    Wire.yen(m, "change")));
            case "change-paid" -> changePaid(payment);
            case "cancelled" -> answered(close(payment, due -> new PaymentState.Cancelled(due,
                    Wire.yen(m, "returned"))));
            case "refunded" -> answered(new PaymentState.Refunded(Wire.yen(m, "amount")));
            case "fault" -> faulted(Faults.describe(m), payment, Wire.yen(m, "held"));
            case "cleared" -> cleared();
            case "status" -> status(m);
            case "error" -> refused(Wire.text(m, "text"));
            default -> ignored(m);
        };
        if (next != null) {
            move(next);
        }
    }

    /** The device failed or went away: an open payment's held money is owed ({@link PaymentState.Faulted}). */
    void faultOpenPayment(String why) {
        PaymentState next;
        synchronized (this) {
            next = open == null ? null : new PaymentState.Faulted(why, due(), held());
            open = null;
            changeOwed = null;
            answer.completeExceptionally(new IllegalStateException("payment device: " + why));
        }
        if (next != null) {
            move(next);
        }
    }

    private synchronized PaymentState faulted(String description, String payment, int held) {
        fault = description;
        if (open == null || payment == null || !payment.equals(open)) {
            answer.completeExceptionally(new IllegalStateException("payment device: " + description));
            return null;
        }
        PaymentState next = new PaymentState.Faulted(Faults.kind(description), due(), held);
        open = null;
        changeOwed = null;
        answer.completeExceptionally(new IllegalStateException("payment device: " + description));
        return next;
    }

    private synchronized PaymentState ifOpen(String payment, java.util.function.IntFunction<PaymentState> next) {
        if (open == null || !open.equals(payment)) {
            LOG.warn("Payment device reported on payment {}, which is not open; ignored", payment);
            return null;
        }
        return next.apply(due());
    }

    private synchronized PaymentState close(String payment, java.util.function.IntFunction<PaymentState> next) {
        PaymentState closed = ifOpen(payment, next);
        if (closed != null) {
            open = null;
        }
        return closed;
    }

    private synchronized PaymentState paid(String payment, PaymentState.Paid paid) {
        if (paid.change() == 0) {
            return answered(close(payment, due -> paid));
        }
        // The fee is not taken until the change is out: a fault in between leaves everything owed.
        changeOwed = ifOpen(payment, due -> paid) == null ? null : paid;
        return null;
    }

    private synchronized PaymentState changePaid(String payment) {
        PaymentState.Paid paid = changeOwed;
        changeOwed = null;
        return paid == null ? null : answered(close(payment, due -> paid));
    }

    private synchronized PaymentState answered(PaymentState state) {
        if (state != null) {
            answer.complete(state);
        }
        return state;
    }

    private synchronized PaymentState cleared() {
        fault = null;
        return null;
    }

    private synchronized PaymentState status(JsonNode m) {
        fault = "faulted".equals(Wire.text(m, "state")) ? Faults.describe(m) : null;
        return null;
    }

    private synchronized PaymentState refused(String text) {
        LOG.warn("Payment device refused a command: {}", text);
        answer.completeExceptionally(new IllegalStateException("payment device refused: " + text));
        return null;
    }

    private static PaymentState ignored(JsonNode m) {
        LOG.warn("Payment device sent an unknown message type '{}'; ignored", Wire.type(m));
        return null;
    }

    private int due() {
        return state instanceof PaymentState.AmountDue a ? a.due() : 0;
    }

    private int held() {
        return state instanceof PaymentState.AmountDue a ? a.inserted() : 0;
    }

    private void move(PaymentState next) {
        synchronized (this) {
            state = next;
        }
        listeners.forEach(listener -> listener.accept(next));
    }
}
