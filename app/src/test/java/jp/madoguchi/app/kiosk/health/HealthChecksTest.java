package jp.madoguchi.app.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.ui.staff.StaffPinHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check against the real thing it looks at: a reader service, a printer, a file system, a PIN hash. */
class HealthChecksTest {
    @TempDir
    Path dir;

    @Test
    void theReaderCheckFailsUntilTheNamedReaderIsThere() throws Exception {
        try (ReaderService readers = new ReaderService(new VirtualReader(null), null).start()) {
            readers.awaitFirstPoll(Duration.ofSeconds(5));

            assertThat(new ReaderCheck(readers, VirtualReader.READER_NAME).check()).isEmpty();
            assertThat(new ReaderCheck(readers, "SONY FeliCa RC-S300/P").check()).get()
                    .satisfies(outage -> assertThat(outage.check()).isEqualTo(ServiceCheck.READER))
                    .extracting(Outage::detail).asString()
                    .contains("'SONY FeliCa RC-S300/P' is not attached", VirtualReader.READER_NAME);
        }
    }

    @Test
    void thePrinterCheckNamesWhatBlocksTheQueue() {
        assertThat(new PrinterCheck(printer(Optional.of("queue kiosk-a4: media-empty"))).check())
                .contains(new Outage(ServiceCheck.PRINTER, "queue kiosk-a4: media-empty"));
        assertThat(new PrinterCheck(printer(Optional.empty())).check()).isEmpty();
    }

    @Test
    void theDiskCheckWantsItsFloorFree() {
        assertThat(new DiskCheck(dir, 0).check()).isEmpty();
        assertThat(new DiskCheck(dir.resolve("not/yet/made"), 0).check()).as("its parent is measured").isEmpty();
        assertThat(new DiskCheck(dir, Long.MAX_VALUE).check()).get().extracting(Outage::check)
                .isEqualTo(ServiceCheck.DISK);
    }

    @Test
    void theJournalCheckWantsTheFileWritable() throws Exception {
        Path journal = dir.resolve("journal.db");
        assertThat(new JournalCheck(journal, true).check()).get().extracting(Outage::detail).asString()
                .contains("removed while the kiosk ran");
        assertThat(new JournalCheck(journal, false).check()).as("before a first start it can be created").isEmpty();
        Files.writeString(journal, "");
        assertThat(new JournalCheck(journal, true).check()).isEmpty();
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertThat(new JournalCheck(file.resolve("journal.db"), false).check()).get().extracting(Outage::check)
                .isEqualTo(ServiceCheck.JOURNAL);
    }

    @Test
    void theDemoPinAndTheFirstGuessesAreTrivialAndAChosenPinIsNot() {
        SecureRandom random = new SecureRandom();
        for (String pin : new String[] {"000000", "123456", "654321", "777777", "121212"}) {
            assertThat(TrivialStaffPins.isTrivial(StaffPinHash.create(pin.toCharArray(), random))).as(pin).isTrue();
        }
        assertThat(TrivialStaffPins.isTrivial(StaffPinHash.create("480713".toCharArray(), random))).isFalse();
    }

    private static Printer printer(Optional<String> blocked) {
        return new Printer() {
            @Override
            public PrintOutcome print(PdfJob job, PrintProgress progress) {
                throw new UnsupportedOperationException("a health check never prints");
            }

            @Override
            public Optional<String> blocked() {
                return blocked;
            }

            @Override
            public void endVisit(VisitId visit) {}
        };
    }
}
