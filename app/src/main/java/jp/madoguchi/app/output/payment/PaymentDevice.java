package jp.madoguchi.app.output.payment;

import java.util.function.Consumer;

/**
 * The port to whatever takes the fee: a cash acceptor, a card or e-money terminal. One payment at a time; listeners
 * hear every state change on the thread that caused it. Implementations must be thread-safe.
 */
public interface PaymentDevice {
    /** Starts collecting {@code yen} (the rules engine's fee total); not allowed while a payment is open. */
    void demand(int yen);

    /**
     * The same for the payment {@code payment} (the visit id), which a device that journals or reports payments by
     * id is given; a device without ids ignores it.
     */
    default void demand(String payment, int yen) {
        demand(yen);
    }

    /** Stops collecting and gives back everything inserted; allowed only while collecting. */
    void cancel();

    /** Pays {@code yen} back after a paid sheet could not be printed; throws when the device could not. */
    void refund(int yen);

    PaymentState state();

    void addListener(Consumer<PaymentState> listener);

    /** True when no real money moves: the screen must say so on every payment step. */
    boolean demonstration();
}
