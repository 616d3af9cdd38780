package jp.madoguchi.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak's visits printed through a real CUPS queue (the private cupsd, into cups-pdf) instead of the spool: the
 * journal verifies with every yen accounted for, CUPS has no job left to print and keeps no job's document, and the kiosk's threads and open
 * files (IPP connections, {@code lpr} and {@code cancel} children) are as many after the last visit as after the
 * tenth. Heap is left to the longer spool soak: 30 visits say nothing about it.
 */
@RequiresCups
@Timeout(300)
class SoakThroughCupsTest {
    @TempDir
    Path dir;

    @Test
    void visitsPrintedThroughCupsLeaveNoJobAndNoThreadOrFileBehind(CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue()) {
            StringWriter figures = new StringWriter();
            SoakReport report = Soak.run(new SoakOptions(30, 1, Optional.of(queue.name()), dir, 10, 10, 1.0),
                    new PrintWriter(figures));
            report.print(new PrintWriter(figures));
            System.out.print(figures); // the figures in the test's report

            assertThat(report.failures()).as(figures.toString()).isEmpty();
            assertThat(report.journal().intact()).as(report.journal().chain()).isTrue();
            assertThat(report.journal().problems()).isEmpty();
            assertThat(report.money().certificates).isPositive();
            assertThat(queue.pendingJobs()).as("no job of any visit left to print").isEmpty();
            try (Stream<Path> files = Files.list(cups.requestRoot())) {
                // The server keeps a minute of job history (names and times, CupsRetention), never a document.
                assertThat(files.map(f -> f.getFileName().toString())).as("CUPS keeps no job's document")
                        .noneMatch(name -> name.startsWith("d"));
            }
            assertThat(report.end().threads()).as(figures.toString())
                    .isLessThanOrEqualTo(report.baseline().threads() + SoakReport.THREAD_TOLERANCE);
            assertThat(report.end().fds()).as(figures.toString())
                    .isLessThanOrEqualTo(report.baseline().fds() + SoakReport.FD_TOLERANCE);
        }
    }
}
