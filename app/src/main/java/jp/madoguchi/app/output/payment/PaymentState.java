package jp.madoguchi.app.output.payment;

/** Where a payment device is. Amounts are whole yen. */
public sealed interface PaymentState {
    /** Nothing asked for. */
    record Idle() implements PaymentState {}

    /** Collecting: {@code due} asked, {@code inserted} so far (less than due). */
    record AmountDue(int due, int inserted) implements PaymentState {
        public int remaining() {
            return due - inserted;
        }
    }

    /** Fully paid; {@code change} = inserted - due went back out. */
    record Paid(int due, int inserted, int change) implements PaymentState {}

    /** The resident stopped; everything inserted went back out. */
    record Cancelled(int due, int returned) implements PaymentState {}

    /** After a failed print: {@code yen} paid back. */
    record Refunded(int yen) implements PaymentState {}

    /**
     * The device failed (or the kiosk lost it) while collecting {@code due}, holding {@code held} of the resident's
     * money that it can no longer give back: that money is owed. {@code fault} is the protocol's id ({@code jam},
     * {@code out-of-change}, {@code door-open}, {@code other}, {@code disconnected}, {@code no-answer}).
     */
    record Faulted(String fault, int due, int held) implements PaymentState {}
}
