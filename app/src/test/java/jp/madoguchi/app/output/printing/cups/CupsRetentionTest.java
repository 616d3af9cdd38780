package jp.madoguchi.app.output.printing.cups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a cupsd.conf keeps of a printed job, and when the kiosk says so. */
class CupsRetentionTest {
    @Test
    void debiansDefaultKeepsTheDocumentADayAndTheHistoryForever() {
        assertThat(CupsRetention.problem(List.of("LogLevel warn", "Listen localhost:631"), "cupsd.conf"))
                .hasValue("CUPS: it keeps each printed job's document (PreserveJobFiles 86400 (the default)) and it"
                        + " keeps each job's history until MaxJobs (PreserveJobHistory Yes (the default)) in"
                        + " cupsd.conf; set: cupsctl PreserveJobFiles=No PreserveJobHistory=60");
    }

    @Test
    void noFilesAndAMinutesHistoryIsWhatTheKioskNeeds() {
        assertThat(CupsRetention.problem(List.of("# comment", "PreserveJobFiles No", "preservejobhistory 60"), "f"))
                .isEmpty();
        assertThat(CupsRetention.problem(List.of("PreserveJobFiles Off", "PreserveJobHistory 3600"), "f")).isEmpty();
    }

    @Test
    void noHistoryAtAllLosesTheJobBeforeTheKioskSeesItPrinted() {
        assertThat(CupsRetention.problem(List.of("PreserveJobFiles No", "PreserveJobHistory No"), "f"))
                .hasValueSatisfying(why -> assertThat(why).contains("forgets a job as it completes"));
    }

    @Test
    void theLastServerWideDirectiveWinsAndPolicyBlocksAreSkipped() {
        assertThat(CupsRetention.problem(List.of("PreserveJobFiles No", "PreserveJobHistory 60",
                "<Policy default>", "  PreserveJobFiles Yes", "</Policy>", "PreserveJobFiles 300"), "f"))
                .hasValueSatisfying(why -> assertThat(why).contains("(PreserveJobFiles 300)")
                        .doesNotContain("history"));
    }

    @Test
    void anUnreadableFileSaysNothing() {
        assertThat(CupsRetention.problem(Path.of("/nonexistent/cupsd.conf"))).isEmpty();
    }
}
