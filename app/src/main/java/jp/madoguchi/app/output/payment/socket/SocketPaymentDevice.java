package jp.madoguchi.app.output.payment.socket;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import jp.madoguchi.app.output.payment.PaymentDevice;
import jp.madoguchi.app.output.payment.PaymentEndpoint;
import jp.madoguchi.app.output.payment.PaymentState;

/**
 * The vendor's cash unit behind its daemon's Unix socket (docs/payment.md). One reader thread keeps the connection,
 * reconnecting whenever the daemon restarts; commands are written from the caller's thread. A payment open when the
 * daemon faults or goes away becomes {@link PaymentState.Faulted} with what it held, so the kiosk records it as owed.
 */
public final class SocketPaymentDevice implements PaymentDevice, AutoCloseable {
    private final PaymentTracker tracker = new PaymentTracker();
    private final DaemonLink link;
    private final Duration answerTimeout;

    private SocketPaymentDevice(PaymentEndpoint endpoint, Duration retry, Duration answerTimeout) {
        this.answerTimeout = answerTimeout;
        this.link = new DaemonLink(UnixDomainSocketAddress.of(endpoint.socket()), retry, tracker);
    }

    /** Connects in the background (retrying every 2 s); refunds and cancellations wait up to 30 s for the device. */
    public static SocketPaymentDevice start(PaymentEndpoint endpoint) {
        return start(endpoint, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    public static SocketPaymentDevice start(PaymentEndpoint endpoint, Duration retry, Duration answerTimeout) {
        SocketPaymentDevice device = new SocketPaymentDevice(endpoint, retry, answerTimeout);
        device.link.start();
        return device;
    }

    /** Why no payment can be taken now (not connected, no hello, a fault), for the health check; empty when fine. */
    public Optional<String> problem() {
        return link.problem().or(tracker::fault);
    }

    /**
     * Waits up to {@code limit} for the daemon's hello (or the first failure to connect), so a kiosk starting
     * beside its daemon is not reported out of service for the first few seconds; true once connected.
     */
    public boolean awaitConnected(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (link.problem().isPresent() && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return link.problem().isEmpty();
    }

    @Override
    public void demand(int yen) {
        demand("P-" + UUID.randomUUID(), yen);
    }

    @Override
    public void demand(String payment, int yen) {
        if (yen <= 0) {
            throw new IllegalArgumentException("amount due must be positive, got " + yen);
        }
        if (tracker.collecting()) {
            throw new IllegalStateException("a payment is already open");
        }
        tracker.opened(payment, yen);
        Optional<String> refused = link.problem().isPresent() ? Optional.of("disconnected")
                : tracker.fault().map(Faults::kind);
        if (refused.isPresent()) {
            // Refused before any money could go in: the visit is told at once and goes back to its confirm screen.
            tracker.faultOpenPayment(refused.get());
            return;
        }
        send(Wire.message("demand").put("payment", payment).put("amount", yen));
    }

    @Override
    public void cancel() {
        if (!tracker.collecting()) {
            throw new IllegalStateException("no payment to cancel");
        }
        await(Wire.message("cancel").put("payment", tracker.lastPayment()), true);
    }

    @Override
    public void refund(int yen) {
        if (yen <= 0) {
            throw new IllegalArgumentException("refund must be positive, got " + yen);
        }
        if (tracker.collecting()) {
            throw new IllegalStateException("cannot refund while collecting");
        }
        await(Wire.message("refund").put("payment", tracker.lastPayment()).put("amount", yen), false);
    }

    @Override
    public PaymentState state() {
        return tracker.state();
    }

    @Override
    public void addListener(Consumer<PaymentState> listener) {
        tracker.addListener(listener);
    }

    @Override
    public boolean demonstration() {
        return false;
    }

    @Override
    public void close() {
        link.close();
    }

    /**
     * Sends a command and waits for its answer. A cancel nobody answers leaves the money's fate unknown, so it is
     * treated as held and owed ({@code no-answer}); a refund nobody confirms throws and stays due in the journal.
     */
    private void await(JsonNode command, boolean cancel) {
        var answer = tracker.expectAnswer();
        send(command);
        try {
            answer.get(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (cancel) {
                tracker.faultOpenPayment("no-answer");
            }
            throw new IllegalStateException("payment device: no answer to " + Wire.type(command) + " within "
                    + answerTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (!cancel) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
            // A fault already closed the payment with what it held; a refused cancel leaves the money unknown.
            tracker.faultOpenPayment("refused");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the payment device", e);
        }
    }

    private void send(JsonNode command) {
        try {
            link.send(command);
        } catch (IOException e) {
            link.drop(e);
        }
    }
}
