package jp.madoguchi.app.output.printing.cups;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.visit.port.PrintFailure;

/**
 * A job as Get-Jobs reports it: job-state 3 pending, 4 held, 5 processing, 6 stopped, 7 canceled, 8 aborted, 9
 * completed; {@code preserved} when CUPS still holds its document after it finished (PreserveJobFiles).
 */
record CupsJob(int id, String name, int state, List<String> reasons, String message, boolean preserved) {
    static final int PROCESSING = 5;
    static final int CANCELED = 7;
    static final int ABORTED = 8;
    static final int COMPLETED = 9;

    CupsJob {
        reasons = List.copyOf(reasons);
    }

    boolean finished() {
        return state >= CANCELED;
    }

    /** Empty when completed; the failure otherwise (only meaningful once {@link #finished()}). */
    Optional<PrintFailure> failure() {
        return switch (state) {
            case COMPLETED -> Optional.empty();
            case CANCELED -> Optional.of(PrintFailure.JOB_CANCELLED);
            default -> Optional.of(PrintFailure.JOB_ABORTED);
        };
    }

    String describe() {
        return "job " + id + " state " + state + " (" + String.join(",", reasons) + ")"
                + (message.isBlank() ? "" : " '" + message + "'");
    }
}
