package jp.madoguchi.app.output.payment;

/** What a resident gets when a paid sheet did not print. Either way it is in the journal before it is returned. */
public sealed interface SettlementDecision {
    /** Print the same document again. */
    record Reprint(String document) implements SettlementDecision {}

    /** The fee went back; {@code paidOut} is false when the device could not pay and the refund stays due. */
    record Refund(int yen, boolean paidOut) implements SettlementDecision {}
}
