package jp.madoguchi.app.kiosk.health;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.app.output.payment.PaymentEndpoint;
import jp.madoguchi.app.output.payment.socket.SocketPaymentDevice;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * The payment device can take money now: connected to its daemon, the daemon said hello in this protocol, and it
 * reports no fault. Otherwise the exact reason ({@code not connected to /run/cash.sock: Connection refused},
 * {@code jam}, {@code other: coin path blocked}); a cleared fault or a restarted daemon brings it back by itself.
 */
public final class PaymentCheck implements HealthCheck {
    private static final Duration PROBE = Duration.ofSeconds(3);
    private final Supplier<Optional<String>> problem;

    private PaymentCheck(Supplier<Optional<String>> problem) {
        this.problem = problem;
    }

    /** Over the running kiosk's device: reads what its connection last saw, never blocks. */
    public static PaymentCheck live(SocketPaymentDevice device) {
        return new PaymentCheck(device::problem);
    }

    /** For {@code config check}, with no kiosk running: connects once, waits a moment for the hello, hangs up. */
    public static PaymentCheck probe(PaymentEndpoint endpoint) {
        return new PaymentCheck(() -> {
            try (SocketPaymentDevice device = SocketPaymentDevice.start(endpoint, PROBE, PROBE)) {
                device.awaitConnected(PROBE);
                return device.problem();
            }
        });
    }

    @Override
    public ServiceCheck subject() {
        return ServiceCheck.PAYMENT;
    }

    @Override
    public Optional<Outage> check() {
        return problem.get().map(why -> new Outage(ServiceCheck.PAYMENT, why));
    }
}
