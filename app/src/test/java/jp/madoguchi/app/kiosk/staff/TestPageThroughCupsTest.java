package jp.madoguchi.app.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.KioskSession;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.ui.staff.PrinterReport;
import jp.madoguchi.ui.staff.StaffConsole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff screen's printer check and test page on a kiosk printing through a real CUPS queue: the page comes out as
 * a one-page PDF saying it is not a certificate, nothing of it stays with CUPS, and a stopped queue is reported as
 * stopped by both.
 */
@RequiresCups
@Timeout(120)
class TestPageThroughCupsTest {
    @TempDir
    Path dir;

    @Test
    void theTestPagePrintsThroughCupsAndAStoppedQueueIsReportedAsStopped(CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue(); KioskSession kiosk = KioskSession.open(config(queue.name()),
                CardSource.choose(true, Optional.empty()), java.time.Clock.systemUTC())) {
            StaffConsole console = kiosk.staffConsole(() -> { });

            PrinterReport check = console.checkPrinter().get(30, TimeUnit.SECONDS);
            assertThat(check.ok()).as(check.detail()).isTrue();
            assertThat(check.queue()).isEqualTo(queue.name());
            PrinterReport printed = console.testPrint().get(60, TimeUnit.SECONDS);
            assertThat(printed.ok()).as(printed.detail()).isTrue();
            assertThat(printed.testPage()).isTrue();
            String number = printed.detail();
            assertThat(number).startsWith(TestPage.NUMBER_PREFIX);

            Path pdf = queue.awaitOutput(number, Duration.ofSeconds(30)).orElseThrow();
            try (PDDocument page = Loader.loadPDF(pdf.toFile())) {
                assertThat(page.getNumberOfPages()).isOne();
                assertThat(new PDFTextStripper().getText(page)).contains("テスト印刷", "これは証明書ではありません",
                        number, queue.name());
            }
            assertThat(queue.pendingJobs()).isEmpty();
            assertThat(cups.documentFiles()).as("CUPS keeps no document of the test page").isEmpty();

            queue.disable("paper jam, says the test");
            PrinterReport stopped = console.checkPrinter().get(30, TimeUnit.SECONDS);
            assertThat(stopped.problem()).isEqualTo(PrinterReport.Problem.STOPPED);
            assertThat(stopped.detail()).contains("queue-stopped");
            PrinterReport refused = console.testPrint().get(60, TimeUnit.SECONDS);
            assertThat(refused.problem()).isEqualTo(PrinterReport.Problem.STOPPED);
            assertThat(queue.pendingJobs()).as("never left in a stopped queue").isEmpty();
        }
    }

    private KioskConfig config(String queue) {
        return new KioskConfig(null, null, null, null, null, null, null, queue, null, null,
                dir.resolve("journal.db"), dir.resolve("spool"), null, null, null, null, null, null);
    }
}
