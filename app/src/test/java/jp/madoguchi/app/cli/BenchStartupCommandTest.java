package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A smoke run of one start each: both JVMs come up, draw their first screen and say so, and the figures print. What
 * the figures are is the benchmark's business, not a test's.
 */
@Timeout(300)
class BenchStartupCommandTest {
    @Test
    void oneRunOfEachPrintsTheFiguresAndTheGoal() {
        Console console = Console.run("", "bench", "startup", "--runs", "1");

        assertThat(console.exitCode()).as(console.err()).isZero();
        assertThat(console.out()).contains("hello-world JavaFX : median", "kiosk attract      : median",
                "JDK class data only:", "with an AppCDS archive each", "goal <= 1.3x with the package's archive: ");
    }
}
