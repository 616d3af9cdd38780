package jp.madoguchi.issuance.visit.port;

/** Where a visit's payment stands. */
public enum PaymentStatus {
    /** The whole amount was received. */
    PAID,
    /** The resident or the payment device gave up before paying; nothing is owed back. */
    CANCELLED,
    /** Money received for this visit was given back (after an issue failure). */
    REFUNDED
}
