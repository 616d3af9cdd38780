package jp.madoguchi.app.output.printing;

import jp.madoguchi.issuance.visit.port.DocumentNumber;

/** Progress of one job, for the screen: where it is and a short technical detail (never personal data). */
public record PrintStatus(DocumentNumber document, Stage stage, String detail) {
    public enum Stage {
        /** Handed to the printer system. */
        SUBMITTED,
        /** Waiting in the queue. */
        WAITING,
        PRINTING,
        DONE,
        FAILED
    }
}
