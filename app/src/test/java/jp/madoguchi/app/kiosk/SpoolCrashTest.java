package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.document.IssuedDocument;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.SpoolPrinter;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.VisitId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk killed while the resident takes the documents leaves the certificate's PDF (name, birth date, address)
 * and its page image in the spool: the next start must delete them before the first visit.
 */
class SpoolCrashTest {
    @TempDir
    Path data;

    @Test
    void aRestartDeletesThePdfAndPreviewsAKilledKioskLeftInTheSpool() throws Exception {
        Path spool = data.resolve("spool");
        VisitId visit = VisitId.random();
        IssuedDocument sheet = Certificates.ISSUER.issue(Certificates.order(visit, Samples.HARIMA, "default",
                CertificateType.RESIDENT_RECORD)).get(0);
        // What the killed kiosk did: printed on the real spool printer, and never reached the visit's end.
        PrintOutcome printed = new SpoolPrinter(spool).print(new PdfJob(visit, sheet.number(), sheet.pdf()),
                PrintProgress.IGNORE);
        List<Path> previews = ((PrintOutcome.Printed) printed).previews();
        Path pdf = spool.resolve(visit.value()).resolve(sheet.number().value() + ".pdf");
        assertThat(pdf).exists();
        assertThat(previews).isNotEmpty().allSatisfy(png -> assertThat(png).exists());

        try (KioskSession restarted = KioskSession.open(demoKiosk(spool), CardSource.choose(true, Optional.empty()),
                Clock.systemUTC())) {
            assertThat(restarted.visits().current().step().id()).isEqualTo("attract");
            assertThat(pdf).doesNotExist();
            assertThat(previews).allSatisfy(png -> assertThat(png).doesNotExist());
            try (Stream<Path> left = Files.list(spool)) {
                assertThat(left).as("nothing of the crashed visit stays in the spool").isEmpty();
            }
        }
    }

    private KioskConfig demoKiosk(Path spool) {
        return new KioskConfig(null, null, null, null, null, null, null, null, null, null,
                data.resolve("journal.db"), spool, null, null, null, null, null, null);
    }
}
