package jp.madoguchi.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 §4: the seeded short form of {@code bench fuzz-rules} in every build; none may crash or hang. */
class BadFileFuzzTest {
    @TempDir
    Path work;

    @Test
    void twoThousandMutatedRuleFilesAndConfigurationsAreAllReportedOrValid() throws Exception {
        FuzzFigures figures = new BadFileFuzz(work, Duration.ofSeconds(20)).run(2000, 13);

        assertThat(figures.examples()).as(String.join("\n", figures.lines())).isEmpty();
        assertThat(figures.crashes()).isZero();
        assertThat(figures.hangs()).isZero();
        assertThat(figures.runs()).isEqualTo(2000);
        assertThat(figures.ruleFiles()).isBetween(1400, 1800);
        assertThat(figures.reported()).as("most mutations spoil the file").isGreaterThan(1000);
        assertThat(figures.accepted()).as("some only touch a comment").isPositive();
    }
}
