package jp.madoguchi.app.output.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.document.IssuedDocument;
import jp.madoguchi.app.output.printing.PrintStatus.Stage;
import jp.madoguchi.app.output.printing.cups.CupsPrinter;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Prints through a real CUPS into cups-pdf and reads back what came out. */
@RequiresCups
@Timeout(120)
class CupsPrinterTest {
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);
    private final VisitId visit = VisitId.random();
    private final List<PrintStatus> progress = new CopyOnWriteArrayList<>();

    @Test
    void anIssuedCertificateComesOutOfCupsAsTheSameA4PagesWithItsText(CupsStack cups) throws Exception {
        IssuedDocument doc = Certificates.ISSUER.issue(Certificates.order(visit, Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD, CertificateOption.WHOLE_HOUSEHOLD, CertificateOption.HOUSEHOLD_HEAD))
                .get(0);
        try (PdfQueue queue = cups.newQueue()) {
            CupsPrinter printer = new CupsPrinter(queue.name(), cups.server(), JOB_TIMEOUT);
            assertThat(printer.ready()).isTrue();

            PrintOutcome outcome = printer.print(new PdfJob(visit, doc.number(), doc.pdf()), progress::add);

            assertThat(outcome).isEqualTo(new PrintOutcome.Printed(doc.number(), List.of()));
            assertThat(progress).extracting(PrintStatus::stage).startsWith(Stage.SUBMITTED).endsWith(Stage.DONE);
            Path printed = queue.awaitOutput(doc.number().value(), Duration.ofSeconds(10)).orElseThrow();
            try (PDDocument pdf = Loader.loadPDF(printed.toFile()); PDDocument sent = Loader.loadPDF(doc.pdf())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(doc.pages()).isEqualTo(2);
                for (PDPage page : pdf.getPages()) {
                    assertThat(page.getMediaBox().getWidth()).as("A4 width, pt").isCloseTo(595.3f, within());
                    assertThat(page.getMediaBox().getHeight()).as("A4 height, pt").isCloseTo(841.9f, within());
                }
                assertThat(pageText(pdf, 1)).contains("住民票の写し", doc.number().value(), doc.verificationCode(),
                        "見本 太郎", "見本 梅子");
                assertThat(pageText(pdf, 2)).contains(doc.number().value(), doc.verificationCode(), "播磨町長");
                // Every character drawn is still text on its page after the PostScript round trip (pdftocairo, then
                // Ghostscript's pdfwrite in cups-pdf); glyphs that came back as bitmaps would be missing here.
                for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
                    assertThat(characters(pageText(pdf, number))).as("characters on page %d", number)
                            .isEqualTo(characters(pageText(sent, number)));
                }
            }
            assertThat(cups.documentFiles()).as("CUPS dropped the certificate as the job completed").isEmpty();
            assertThat(queue.jobs()).as("its history stays a minute, for the job to be seen complete").hasSize(1);

            printer.endVisit(visit);

            assertThat(cups.documentFiles()).isEmpty();
        }
    }

    @Test
    void aStoppedQueueIsReportedAndTheJobNeverReachesIt(CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue()) {
            queue.disable("stopped by the test");
            CupsPrinter printer = new CupsPrinter(queue.name(), cups.server(), JOB_TIMEOUT);

            PrintOutcome outcome = printer.print(job(), progress::add);

            assertFailed(outcome, PrintFailure.QUEUE_STOPPED, "stopped by the test");
            assertThat(queue.jobs()).isEmpty();
            assertThat(printer.ready()).isFalse();
        }
    }

    @Test
    void aQueueStoppedWhileTheJobWaitsFailsItAndWithdrawsTheJob(CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue()) {
            queue.holdNewJobs();
            CupsPrinter printer = new CupsPrinter(queue.name(), cups.server(), JOB_TIMEOUT);
            Thread stopper = stopWhenWaiting(queue);

            PrintOutcome outcome = printer.print(job(), progress::add);
            stopper.join();

            assertThat(progress).extracting(PrintStatus::stage).contains(Stage.WAITING).endsWith(Stage.FAILED);
            assertFailed(outcome, PrintFailure.QUEUE_STOPPED, "paper tray open");
            assertThat(queue.jobs()).as("CUPS saw the job").hasSize(1);
            assertThat(queue.pendingJobs()).as("the withdrawn job is not waiting to print for someone else").isEmpty();
            printer.endVisit(visit);
            assertThat(cups.documentFiles()).as("withdrawn with its file").isEmpty();
        }
    }

    @Test
    void aServerThatWouldKeepTheCertificatesBlocksThePrinter(CupsStack cups, @TempDir Path dir) throws Exception {
        try (PdfQueue queue = cups.newQueue()) {
            CupsPrinter configured = new CupsPrinter(queue.name(), cups.server(), JOB_TIMEOUT);
            assertThat(configured.blocked()).as("the private cupsd is configured as the package sets it").isEmpty();

            CupsPrinter unreadable = new CupsPrinter(queue.name(), cups.server(), JOB_TIMEOUT,
                    Optional.of(dir.resolve("no-such/cupsd.conf")));
            assertThat(unreadable.print(job(), progress::add)).isInstanceOf(PrintOutcome.Printed.class);
            assertThat(unreadable.blocked()).as("asked CUPS instead: the finished job's document is gone").isEmpty();

            Path debianDefault = Files.writeString(dir.resolve("cupsd.conf"), "LogLevel warn\nListen localhost:631\n");
            CupsPrinter keeping = new CupsPrinter(queue.name(), cups.server(), JOB_TIMEOUT, Optional.of(debianDefault));

            assertThat(keeping.blocked()).hasValueSatisfying(why -> assertThat(why).startsWith("queue " + queue.name()
                    + ": keeps-documents (CUPS: it keeps each printed job's document (PreserveJobFiles 86400")
                    .contains("cupsctl PreserveJobFiles=No PreserveJobHistory=60"));
        }
    }

    @Test
    void aDeletedPrinterIsReportedAsGone(CupsStack cups) throws Exception {
        PdfQueue queue = cups.newQueue();
        CupsPrinter printer = new CupsPrinter(queue.name(), cups.server(), JOB_TIMEOUT);
        queue.delete();
        try {
            PrintOutcome outcome = printer.print(job(), progress::add);

            assertFailed(outcome, PrintFailure.PRINTER_GONE, queue.name());
            assertThat(printer.ready()).isFalse();
        } finally {
            queue.close();
        }
    }

    private PdfJob job() {
        IssuedDocument doc = Certificates.ISSUER.issue(Certificates.order(visit, Samples.HARIMA, "default",
                CertificateType.SEAL_REGISTRATION)).get(0);
        return new PdfJob(visit, doc.number(), doc.pdf());
    }

    /** Stops the queue once the printer reports the job waiting in it. */
    private Thread stopWhenWaiting(PdfQueue queue) {
        Thread stopper = new Thread(() -> {
            try {
                while (progress.stream().noneMatch(s -> s.stage() == Stage.WAITING)) {
                    Thread.sleep(50);
                }
                queue.disable("paper tray open");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        stopper.start();
        return stopper;
    }

    private void assertFailed(PrintOutcome outcome, PrintFailure failure, String detail) {
        assertThat(outcome).isInstanceOf(PrintOutcome.Failed.class);
        PrintOutcome.Failed failed = (PrintOutcome.Failed) outcome;
        assertThat(failed.failure()).isEqualTo(failure);
        assertThat(failed.detail()).contains(detail);
        assertThat(progress).extracting(PrintStatus::stage).last().isEqualTo(Stage.FAILED);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** The characters of {@code text} other than white space, sorted: the same text whatever order it is read in. */
    private static String characters(String text) {
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(1f);
    }

}
