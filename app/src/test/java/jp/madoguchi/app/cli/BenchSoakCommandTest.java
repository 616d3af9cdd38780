package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSoakCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsAFootprintAtEachMarkAndTheAuditOfTheJournal() {
        CommandRun run = CommandRun.of("bench", "soak", "--visits", "12", "--seed", "1", "--baseline", "4",
                "--every", "4", "--dir", dir.toString());

        assertThat(run.out()).contains("soak: 12 visits, seed 1, spool printer, in " + dir,
                "  visits  heap MiB  threads  fds  journal MiB  records  spool  ms/visit", "visits by kind:",
                "¥0 unaccounted for", "journal: intact", "12 visits, 0 with problems", "0 failed visit(s)",
                "verdict: ");
        assertThat(run.out().lines().filter(line -> line.matches(" +(4|8|12) +[0-9.]+ .* +0 +[0-9.]+"))).hasSize(3);
        assertThat(dir.resolve("journal.db")).exists();
    }

    @Test
    void refusesABaselineWithNoVisitsAfterIt() {
        CommandRun run = CommandRun.of("bench", "soak", "--visits", "100", "--baseline", "100");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("bench soak: the baseline visit 100 must be between 1 and the 100 visits");
    }
}
