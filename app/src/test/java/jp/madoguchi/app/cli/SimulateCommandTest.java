package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulateCommandTest {
    @Test
    void runsVisitsWithFaultsAndPrintsTheSummary() {
        CommandRun run = CommandRun.of("simulate", "--visits", "24", "--seed", "5", "--faults");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("simulate: 24 visits, seed 5, faults on, 8 lanes", "visits by outcome:",
                "(stuck)                   0", "documents issued", "APDUs", "wall time", "heap after GC",
                "live threads");
    }

    @Test
    void refusesANonsensicalVisitCount() {
        CommandRun run = CommandRun.of("simulate", "--visits", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("simulate: at least one visit, got 0" + System.lineSeparator());
    }
}
