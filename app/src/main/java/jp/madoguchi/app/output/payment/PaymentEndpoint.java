package jp.madoguchi.app.output.payment;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The payment device's Unix socket, where the vendor's cash-unit daemon (or {@code madoguchi payment-simulator})
 * listens; the protocol is in {@code docs/payment.md}.
 */
public record PaymentEndpoint(Path socket) {
    public PaymentEndpoint {
        Objects.requireNonNull(socket, "payment.socket");
    }
}
