package jp.madoguchi.app.output.printing.cups;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.visit.port.PrintFailure;

/**
 * A CUPS queue as IPP describes it: printer-state (3 idle, 4 processing, 5 stopped), printer-state-reasons,
 * printer-is-accepting-jobs and the state message.
 */
record PrinterStatus(int state, List<String> reasons, boolean accepting, String message) {
    static final int STOPPED = 5;

    PrinterStatus {
        reasons = List.copyOf(reasons);
    }

    /** Why a job could not print here now, if anything stops it; warnings and reports do not. */
    Optional<PrintFailure> blocking() {
        for (String reason : reasons) {
            if (reason.endsWith("-warning") || reason.endsWith("-report")) {
                continue;
            }
            if (reason.startsWith("media-empty") || reason.startsWith("media-needed")) {
                return Optional.of(PrintFailure.OUT_OF_PAPER);
            }
            if (reason.startsWith("media-jam")) {
                return Optional.of(PrintFailure.PAPER_JAM);
            }
        }
        if (state == STOPPED) {
            return Optional.of(PrintFailure.QUEUE_STOPPED);
        }
        return accepting ? Optional.empty() : Optional.of(PrintFailure.NOT_ACCEPTING);
    }

    String describe() {
        return "printer-state " + state + ", reasons " + String.join(",", reasons)
                + (message.isBlank() ? "" : ", message '" + message + "'");
    }
}
