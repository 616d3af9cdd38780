package jp.madoguchi.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's short form of {@code bench soak}: 120 seeded visits of every kind through one demo kiosk with the real
 * SQLite journal, spool printer and demonstration cash. No timing is asserted. Heap after GC may grow by 10 %
 * between visit 40 and 120, twice the soak's 5 %: a few dozen visits leave the JIT and the class caches still
 * settling, and a growing leak shows at 10,000 visits (docs/kiosk.md, Soak), not in a test this short.
 */
@Timeout(240)
class SoakTest {
    @TempDir
    Path dir;

    @Test
    void visitsOfEveryKindLeaveNothingBehindAndAccountForEveryYen() throws Exception {
        StringWriter figures = new StringWriter();
        SoakReport report = Soak.run(new SoakOptions(120, 1, Optional.empty(), dir, 40, 40, 0.10),
                new PrintWriter(figures));
        report.print(new PrintWriter(figures));
        System.out.print(figures); // the figures in the test's report

        assertThat(report.failures()).as(figures.toString()).isEmpty();
        assertThat(report.kinds()).as("the seed draws every kind").containsOnlyKeys(VisitKind.values());
        assertThat(report.journal().intact()).as(report.journal().chain()).isTrue();
        assertThat(report.journal().visits()).isEqualTo(120);
        assertThat(report.journal().problems()).isEmpty();
        SoakReport.Money money = report.money();
        assertThat(money.certificates).isPositive();
        assertThat(money.received - money.returned).isEqualTo(money.printedFees + money.refundsDue);
        assertThat(report.marks()).extracting(Footprint::visits).containsExactly(40, 80, 120);
        assertThat(report.marks()).allSatisfy(mark -> assertThat(mark.spoolEntries()).isZero());
        Footprint baseline = report.baseline();
        Footprint end = report.end();
        // At most a little more: threads and files of earlier tests in this JVM may end during the soak.
        assertThat(end.threads()).as(figures.toString())
                .isLessThanOrEqualTo(baseline.threads() + SoakReport.THREAD_TOLERANCE);
        assertThat(end.fds()).as(figures.toString()).isLessThanOrEqualTo(baseline.fds() + SoakReport.FD_TOLERANCE);
        assertThat(end.heapBytes()).as(figures.toString()).isLessThanOrEqualTo((long) (baseline.heapBytes() * 1.10));
        assertThat(report.passed()).as(figures.toString()).isTrue();
    }
}
