package jp.madoguchi.issuance.visit.step;

/** The payment port is asking for {@code amountDue} yen. Back returns to {@link Confirm} and cancels the payment. */
public record Payment(int amountDue) implements VisitStep {}
