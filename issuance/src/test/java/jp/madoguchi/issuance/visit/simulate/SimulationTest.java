package jp.madoguchi.issuance.visit.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import jp.madoguchi.issuance.visit.port.EndReason;
import org.junit.jupiter.api.Test;

/** Soak: whole visits through the real machine, rules and virtual card, with faults; nothing may get stuck. */
class SimulationTest {
    @Test
    void twoHundredVisitsWithFaultsAllEndAndLeaveNoThreadsBehind() throws InterruptedException {
        SimulationReport report = Simulation.run(SimulationOptions.of(200, 7, true));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        report.print(new PrintStream(text, true, StandardCharsets.UTF_8));
        System.out.print(text.toString(StandardCharsets.UTF_8));

        assertThat(report.stuck()).isEmpty();
        assertThat(report.visitsEnded()).isEqualTo(200);
        assertThat(report.outcomes()).containsKeys(EndReason.COMPLETED, EndReason.CARD_CHECKED,
                EndReason.CARD_REFUSED, EndReason.CARD_REMOVED, EndReason.CANCELLED, EndReason.TIMED_OUT);
        assertThat(report.outcomes()).doesNotContainKey(EndReason.INTERNAL_ERROR);
        assertThat(report.documentsIssued()).isPositive();
        assertThat(report.statementsIssued()).as("some residents print their account statement").isPositive();
        assertThat(report.sheetsPrinted()).isLessThanOrEqualTo(report.documentsIssued() + report.statementsIssued());
        assertThat(report.apdus()).isGreaterThan(1000);
        assertThat(report.end().liveThreads()).as("threads at the end").isLessThanOrEqualTo(
                report.start().liveThreads());
    }
}
