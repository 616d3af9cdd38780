package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A smoke run (in-process, tiny catalogue): the JMH benchmarks are found on the classpath and the figures print. */
class BenchRulesCommandTest {
    @Test
    void quickRunPrintsEveryFigure() {
        Console console = Console.run("", "bench", "rules", "--quick", "--municipalities", "40");

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).contains("load+validate 40 municipalities, cold", "load+validate 40 municipalities, warm",
                "decision, allowed: median", "decision, denied : median", "--quick: in-process");
    }
}
