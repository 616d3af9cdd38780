package jp.madoguchi.app.kiosk.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.journal.AccountHistory;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.printing.SpoolPrinter;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.PrintJob;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.port.SerialKey;
import jp.madoguchi.issuance.visit.port.StatementOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account statement through the real ports: rendered from the journal, guarded, printed once, journaled. */
class StatementOutputTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse(Samples.HARIMA);
    private static final SerialHash MINE = SerialKey.fromText("journal-accounts-test-key").hash(BigInteger.valueOf(0x010203));
    private static final SerialHash OTHER = SerialKey.fromText("journal-accounts-test-key").hash(BigInteger.valueOf(0x090909));
    private final VisitId inquiry = VisitId.random();

    @TempDir
    Path dir;

    private static final Instant AT = OutputPortsFixture.AT;

    @Test
    void theStatementOfThisCardComesOutOfThePrinterWithItsRefundsAndTheMunicipalBalance() throws Exception {
        Path spool = dir.resolve("spool");
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, new SpoolPrinter(spool))) {
            PastVisits.record(ports.journal, MINE, HARIMA, "juminhyo", 200, true);
            PastVisits.record(ports.journal, MINE, HARIMA, "koseki-zenbu", 450, false);
            PastVisits.record(ports.journal, OTHER, HARIMA, "inkan-toroku", 300, true);

            DocumentNumber number = ports.documents.renderStatement(order(MINE, "default"));
            ports.journal.record(new JournalEntry.StatementIssued(inquiry, Certificates.AT, number));
            ports.printing.submit(new PrintJob(inquiry, List.of(number)));

            assertThat(ports.lastPrintEvent()).isEqualTo(new PrintEvent.Completed(inquiry));
            byte[] printed = Files.readAllBytes(spool.resolve(inquiry.value()).resolve(number.value() + ".pdf"));
            assertThat(Certificates.text(printed)).contains("ご利用履歴・残高照会", "播磨町", number.value(),
                    "住民票の写し", "（交付なし）", "手数料の合計", "200円", "450円", "300円", "750円")
                    .doesNotContain("印鑑登録証明書");
            assertThat(ports.events(inquiry)).containsExactly(new JournalEntry.StatementIssued(inquiry, AT, number),
                    new JournalEntry.SheetPrinted(inquiry, AT, number, true, ""));
            assertThat(VisitLedger.of(ports.journal.visit(inquiry)).unmatched()).isZero();
            assertThat(AccountHistory.of(ports.journal, MINE.hex(), Samples.HARIMA)).as("the inquiry is no visit")
                    .hasSize(2);
        }
    }

    @Test
    void aFailedStatementIsNeitherReprintedNorRefundedAndTheVisitIsTold() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(List.of(PrintFailure.OUT_OF_PAPER));
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, printer)) {
            DocumentNumber number = ports.documents.renderStatement(order(MINE, "default"));
            ports.printing.submit(new PrintJob(inquiry, List.of(number)));

            assertThat(ports.lastPrintEvent()).isEqualTo(new PrintEvent.Failed(inquiry, PrintFailure.OUT_OF_PAPER));
            assertThat(printer.printed).hasSize(1);
            assertThat(ports.events(inquiry)).containsExactly(
                    new JournalEntry.SheetPrinted(inquiry, AT, number, false, "out-of-paper"));
        }
    }

    @Test
    void aStatementRenderedInOneVisitIsNeverPrintedForAnother() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(List.of());
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, printer)) {
            DocumentNumber number = ports.documents.renderStatement(order(MINE, "default"));
            VisitId next = VisitId.random();
            ports.printing.submit(new PrintJob(next, List.of(number)));

            assertThat(ports.lastPrintEvent()).isInstanceOf(PrintEvent.Failed.class);
            assertThat(printer.printed).isEmpty();
        }
    }

    @Test
    void theEndOfTheVisitErasesTheRenderedStatement() throws Exception {
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, new RecordingPrinter(List.of()))) {
            ports.documents.renderStatement(order(MINE, "default"));
            assertThat(ports.sheets.visitsHeld()).isEqualTo(1);
            ports.documents.discard(inquiry);
            assertThat(ports.sheets.visitsHeld()).isZero();
        }
    }

    private StatementOrder order(SerialHash card, String resident) {
        return new StatementOrder(inquiry, Certificates.AT, HARIMA, resident, card);
    }
}
