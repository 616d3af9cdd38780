package jp.madoguchi.app.output.printing.cups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How CUPS's printer and job states become the failures shown to the resident (cups-pdf never runs out of paper). */
class PrinterStatusTest {
    @ParameterizedTest(name = "state {0}, reasons {1}, accepting {2} -> {3}")
    @CsvSource({
        "3, none,                      true,  ",
        "4, media-low-warning,         true,  ",
        "4, media-empty-error,         true,  OUT_OF_PAPER",
        "5, paused media-needed,       true,  OUT_OF_PAPER",
        "4, media-jam-error,           true,  PAPER_JAM",
        "5, paused,                    true,  QUEUE_STOPPED",
        "3, none,                      false, NOT_ACCEPTING",
        "4, toner-low-report,          true,  ",
    })
    void blockingReasons(int state, String reasons, boolean accepting, PrintFailure expected) {
        PrinterStatus status = new PrinterStatus(state, List.of(reasons.split(" ")), accepting, "");

        assertThat(status.blocking()).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "job-state {0} -> {1}")
    @CsvSource({"9, ", "7, JOB_CANCELLED", "8, JOB_ABORTED"})
    void finishedJobs(int state, PrintFailure expected) {
        CupsJob job = new CupsJob(12, "284645-20261121-AAAAAAAAAA-x1", state, List.of("none"), "", false);

        assertThat(job.finished()).isTrue();
        assertThat(job.failure()).isEqualTo(Optional.ofNullable(expected));
    }
}
