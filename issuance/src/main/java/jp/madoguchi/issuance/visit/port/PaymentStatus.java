package jp.madoguchi.issuance.visit.port;

/** Where a visit's payment stands. */
public enum PaymentStatus {
    /** The whole amount was received. */
    PAID,
    /** The resident or the payment device gave up before paying; nothing is owed back. */
    CANCELLED,
    /** Money received for this visit was given back (after an issue failure). */
    REFUNDED,
    /**
     * The payment device failed while holding the resident's money, or could not pay back a refund ({@code
     * amountYen}): the adapter has recorded it as owed back (and handed out a refund slip when it could), so the
     * visit only has to say so.
     */
    FAILED
}
