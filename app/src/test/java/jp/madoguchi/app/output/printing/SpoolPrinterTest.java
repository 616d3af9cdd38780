package jp.madoguchi.app.output.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.document.IssuedDocument;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolPrinterTest {
    @TempDir
    Path spool;

    @Test
    void spoolsEachJobWithAnA4PreviewPerPageAndForgetsTheVisitAtItsEnd() throws Exception {
        VisitId visit = VisitId.random();
        VisitId other = VisitId.random();
        IssuedDocument doc = Certificates.ISSUER.issue(Certificates.order(visit, Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD, CertificateOption.WHOLE_HOUSEHOLD, CertificateOption.HOUSEHOLD_HEAD))
                .get(0);
        SpoolPrinter printer = new SpoolPrinter(spool);
        List<PrintStatus.Stage> stages = new ArrayList<>();

        PrintOutcome outcome = printer.print(new PdfJob(visit, doc.number(), doc.pdf()), s -> stages.add(s.stage()));
        printer.print(new PdfJob(other, doc.number(), doc.pdf()), PrintProgress.IGNORE);

        assertThat(stages).containsExactly(PrintStatus.Stage.SUBMITTED, PrintStatus.Stage.PRINTING,
                PrintStatus.Stage.DONE);
        assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
        List<Path> previews = ((PrintOutcome.Printed) outcome).previews();
        assertThat(previews).hasSize(doc.pages());
        BufferedImage page = ImageIO.read(previews.get(0).toFile());
        assertThat((double) page.getHeight() / page.getWidth()).as("A4 proportions").isCloseTo(Math.sqrt(2),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(spool.resolve(visit.value()).resolve(doc.number() + ".pdf")).exists();
        assertThat(printer.ready()).isTrue();

        printer.endVisit(visit);

        assertThat(spool.resolve(visit.value())).doesNotExist();
        assertThat(spool.resolve(other.value())).as("another visit's spool is its own").exists();
        printer.endVisit(visit);
    }

    @Test
    void aSpoolThatCannotBeWrittenIsAFailure() throws Exception {
        Path notADirectory = Files.writeString(spool.resolve("file"), "x");
        VisitId visit = VisitId.random();
        IssuedDocument doc = Certificates.ISSUER.issue(Certificates.order(visit, Samples.HARIMA, "default",
                CertificateType.SEAL_REGISTRATION)).get(0);

        PrintOutcome outcome = new SpoolPrinter(notADirectory).print(new PdfJob(visit, doc.number(), doc.pdf()),
                PrintProgress.IGNORE);

        assertThat(outcome).isInstanceOf(PrintOutcome.Failed.class);
        assertThat(((PrintOutcome.Failed) outcome).failure()).isEqualTo(PrintFailure.SPOOL_ERROR);
    }

    @Test
    void onlyTheKioskCanReadTheSpoolItsVisitsAndTheirFiles() throws Exception {
        Path root = spool.resolve("new-spool");
        VisitId visit = VisitId.random();
        IssuedDocument doc = Certificates.ISSUER.issue(Certificates.order(visit, Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD)).get(0);

        PrintOutcome outcome = new SpoolPrinter(root).print(new PdfJob(visit, doc.number(), doc.pdf()),
                PrintProgress.IGNORE);

        assertThat(permissions(root)).isEqualTo("rwx------");
        assertThat(permissions(root.resolve(visit.value()))).isEqualTo("rwx------");
        assertThat(permissions(root.resolve(visit.value()).resolve(doc.number() + ".pdf"))).isEqualTo("rw-------");
        assertThat(((PrintOutcome.Printed) outcome).previews())
                .allSatisfy(png -> assertThat(permissions(png)).isEqualTo("rw-------"));
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
