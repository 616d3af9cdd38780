package jp.madoguchi.issuance.visit.step;

/** Why paid documents could not be issued. Message keys for the UI; staff are needed for all of them. */
public enum IssueProblem {
    DOCUMENT_UNAVAILABLE("issueFailed.document"),
    OUT_OF_PAPER("issueFailed.outOfPaper"),
    QUEUE_STOPPED("issueFailed.queueStopped"),
    PRINTER_GONE("issueFailed.printerGone"),
    /** The payment device failed with money in it: nothing was issued and the money is owed back. */
    PAYMENT_FAULT("issueFailed.paymentFault");

    private final String messageKey;

    IssueProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
