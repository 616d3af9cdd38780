package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A small run through the command line prints the four figures, all zero, and a case replays alone. */
class BenchFuzzCardCommandTest {
    @Test
    void aSmallRunPrintsRunsCrashesHangsAndTriesConsumed() {
        Console console = Console.run("", "bench", "fuzz-card", "--runs", "2000", "--seed", "7", "--threads", "2");

        assertThat(console.exitCode()).as(console.out()).isZero();
        assertThat(console.out()).contains(
                "runs 2,000   crashes 0   hangs 0   tries consumed 0   unpermitted VERIFYs 0",
                "seed 7, 2 thread(s)", "fuzz-card: clean");
    }

    @Test
    void aCaseIsReplayedWithItsPlan() {
        Console console = Console.run("", "bench", "fuzz-card", "--seed", "7", "--case", "12");

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).contains("case 12 of seed 7: holder #", "mutations", "APDUs");
    }
}
