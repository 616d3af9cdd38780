package jp.madoguchi.app.kiosk.output;

import jp.madoguchi.app.output.printing.PrintFailure;

/** The printer's detailed failures folded into the three the resident's screen distinguishes. */
final class PrintFailures {
    private PrintFailures() {}

    static jp.madoguchi.issuance.visit.port.PrintFailure toPort(PrintFailure failure) {
        return switch (failure) {
            case OUT_OF_PAPER -> jp.madoguchi.issuance.visit.port.PrintFailure.OUT_OF_PAPER;
            case PRINTER_GONE -> jp.madoguchi.issuance.visit.port.PrintFailure.PRINTER_GONE;
            // Jams, rejected, cancelled, aborted or timed-out jobs and spool errors all need staff at the printer.
            case PAPER_JAM, QUEUE_STOPPED, NOT_ACCEPTING, JOB_CANCELLED, JOB_ABORTED, TIMED_OUT, SPOOL_ERROR ->
                    jp.madoguchi.issuance.visit.port.PrintFailure.QUEUE_STOPPED;
        };
    }
}
