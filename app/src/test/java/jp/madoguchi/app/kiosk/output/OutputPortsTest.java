package jp.madoguchi.app.kiosk.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.payment.Cash;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.SpoolPrinter;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.PrintJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visit's ports over the real journal, issuer, guard and settlement, with a scripted or spooling printer. */
class OutputPortsTest {
    private final VisitId visit = VisitId.random();

    @TempDir
    Path dir;

    private static final Instant AT = OutputPortsFixture.AT;

    @Test
    void paidSheetsPrintAndTheLedgerBalances() throws Exception {
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, new SpoolPrinter(dir.resolve("spool")))) {
            List<DocumentNumber> numbers = ports.paidAndRendered(visit, 2);
            ports.printing.submit(new PrintJob(visit, numbers));

            assertThat(ports.lastPrintEvent()).isEqualTo(new PrintEvent.Completed(visit));
            assertThat(ports.paymentEvents).containsExactly(new PaymentEvent(visit, PaymentStatus.PAID, 400, 600));
            VisitLedger ledger = VisitLedger.of(ports.journal.visit(visit));
            assertThat(ledger.received()).isEqualTo(1000);
            assertThat(ledger.printedFees()).isEqualTo(400);
            assertThat(ledger.unmatched()).isZero();
        }
    }

    @Test
    void aPaidJobEndsWithAReceiptWrittenFromTheJournal() throws Exception {
        Path spool = dir.resolve("spool");
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, new SpoolPrinter(spool))) {
            List<DocumentNumber> numbers = ports.paidAndRendered(visit, 2);
            ports.printing.submit(new PrintJob(visit, numbers));
            assertThat(ports.lastPrintEvent()).isEqualTo(new PrintEvent.Completed(visit));

            JournalEntry.ReceiptIssued receipt = ports.events(visit).stream()
                    .filter(JournalEntry.ReceiptIssued.class::isInstance).map(JournalEntry.ReceiptIssued.class::cast)
                    .findFirst().orElseThrow();
            assertThat(receipt.totalYen()).isEqualTo(400);
            assertThat(ports.events(visit)).endsWith(new JournalEntry.SheetPrinted(visit, AT, receipt.document(), true,
                    ""));
            byte[] pdf = Files.readAllBytes(spool.resolve(visit.value())
                    .resolve(receipt.document() + ".pdf"));
            assertThat(Certificates.text(pdf)).contains("領収書", receipt.document().value(), numbers.get(0).value(),
                    numbers.get(1).value(), "400円", "1,000円", "600円", "播磨町", "test-kiosk", "デモ用");
            assertThat(VisitLedger.of(ports.journal.visit(visit)).unmatched()).isZero();
        }
    }

    @Test
    void aReceiptThatFailsToPrintLeavesTheCertificatesIssued() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(List.of()) {
            @Override
            public synchronized PrintOutcome print(PdfJob job,
                    PrintProgress progress) {
                return printed.isEmpty() ? super.print(job, progress)
                        : new PrintOutcome.Failed(job.document(), PrintFailure.OUT_OF_PAPER, "scripted");
            }
        };
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, printer)) {
            List<DocumentNumber> numbers = ports.paidAndRendered(visit, 1);
            ports.printing.submit(new PrintJob(visit, numbers));

            assertThat(ports.lastPrintEvent()).isEqualTo(new PrintEvent.Completed(visit));
            assertThat(ports.events(visit)).contains(new JournalEntry.SheetPrinted(visit, AT, numbers.get(0), true, ""))
                    .last().satisfies(e -> assertThat(e).isInstanceOf(JournalEntry.SheetPrinted.class)
                            .extracting("printed").isEqualTo(false));
            assertThat(VisitLedger.of(ports.journal.visit(visit)).unmatched()).isZero();
        }
    }

    @Test
    void aDocumentOfAnotherVisitNeverReachesThePrinter() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(List.of());
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, printer)) {
            List<DocumentNumber> someoneElses = ports.paidAndRendered(visit, 1);
            VisitId next = VisitId.random();
            ports.printing.submit(new PrintJob(next, someoneElses));

            assertThat(ports.lastPrintEvent()).isInstanceOf(PrintEvent.Failed.class);
            assertThat(printer.printed).isEmpty();
            assertThat(ports.events(next)).containsExactly(
                    new JournalEntry.SheetPrinted(next, AT, someoneElses.get(0), false, "guard-not-issued"));
        }
    }

    @Test
    void aSheetThatFailsOnceIsReprintedAndRecorded() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(List.of(PrintFailure.OUT_OF_PAPER));
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, printer)) {
            List<DocumentNumber> numbers = ports.paidAndRendered(visit, 1);
            ports.printing.submit(new PrintJob(visit, numbers));

            assertThat(ports.lastPrintEvent()).isEqualTo(new PrintEvent.Completed(visit));
            assertThat(printer.printed).as("the sheet twice, then the receipt").hasSize(3);
            assertThat(ports.events(visit)).contains(
                    new JournalEntry.ReprintGranted(visit, AT, numbers.get(0), "out-of-paper"),
                    new JournalEntry.SheetPrinted(visit, AT, numbers.get(0), true, ""));
        }
    }

    @Test
    void aSheetThatFailsTwiceIsRefundedOnceEvenWhenTheVisitAsksAgain() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(List.of(PrintFailure.OUT_OF_PAPER, PrintFailure.PAPER_JAM));
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, printer)) {
            List<DocumentNumber> numbers = ports.paidAndRendered(visit, 1);
            ports.printing.submit(new PrintJob(visit, numbers));

            assertThat(ports.lastPrintEvent()).isEqualTo(new PrintEvent.Failed(visit, PrintFailure.PAPER_JAM));
            ports.payment.refund(visit, 200); // the visit refunds what it was paid after an issue failure

            assertThat(ports.events(visit)).containsOnlyOnce(new JournalEntry.RefundDue(visit, AT, 200, "paper-jam"))
                    .doesNotContain(new JournalEntry.RefundDue(visit, AT, 200, "issue-failed"));
            assertThat(ports.paymentEvents).endsWith(new PaymentEvent(visit, PaymentStatus.REFUNDED, 0));
            assertThat(VisitLedger.of(ports.journal.visit(visit)).unmatched()).isZero();
        }
    }

    @Test
    void aPrinterThatThrowsStillEndsTheJobSoTheVisitCanRefund() throws Exception {
        RecordingPrinter printer = new RecordingPrinter(List.of()) {
            @Override
            public synchronized PrintOutcome print(PdfJob job,
                    PrintProgress progress) {
                throw new IllegalStateException("driver crashed");
            }
        };
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, printer)) {
            ports.printing.submit(new PrintJob(visit, ports.paidAndRendered(visit, 1)));

            assertThat(ports.lastPrintEvent()).isInstanceOf(PrintEvent.Failed.class);
        }
    }

    @Test
    void aPaymentCompletedAfterTheResidentLeftIsRefundedInFull() throws Exception {
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, new SpoolPrinter(dir.resolve("spool")))) {
            ports.payment.request(visit, 350);
            ports.cash.insert(Cash.COIN_500);
            ports.payment.refund(visit, 350);

            assertThat(ports.paymentEvents).containsExactly(new PaymentEvent(visit, PaymentStatus.PAID, 350, 150),
                    new PaymentEvent(visit, PaymentStatus.REFUNDED, 350));
            assertThat(ports.events(visit)).contains(new JournalEntry.ChangeReturned(visit, AT, 150),
                    new JournalEntry.Refunded(visit, AT, 350));
        }
    }

    @Test
    void goingBackFromPaymentGivesTheInsertedCashBack() throws Exception {
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, new SpoolPrinter(dir.resolve("spool")))) {
            ports.payment.request(visit, 300);
            ports.cash.insert(Cash.COIN_100);
            ports.payment.cancel(visit);

            assertThat(ports.paymentEvents).containsExactly(new PaymentEvent(visit, PaymentStatus.CANCELLED, 0));
            assertThat(ports.events(visit)).containsExactly(new JournalEntry.PaymentDue(visit, AT, 300),
                    new JournalEntry.CashInserted(visit, AT, 100), new JournalEntry.PaymentCancelled(visit, AT, 100));
        }
    }

    @Test
    void theEndOfAVisitDeletesItsSpoolAndCertificatesAndIsJournaled() throws Exception {
        SpoolPrinter spool = new SpoolPrinter(dir.resolve("spool"));
        try (OutputPortsFixture ports = new OutputPortsFixture(dir, spool)) {
            AtomicReference<List<Path>> shown = new AtomicReference<>();
            ports.previews.subscribe(shown::set);
            List<DocumentNumber> numbers = ports.paidAndRendered(visit, 1);
            ports.printing.submit(new PrintJob(visit, numbers));
            ports.lastPrintEvent();
            assertThat(dir.resolve("spool").resolve(visit.value())).isNotEmptyDirectory();
            assertThat(shown.get()).as("the certificate's page and the receipt's").hasSize(2).allSatisfy(png -> assertThat(png)
                    .isRegularFile());

            JournalEntry.Ended ended = new JournalEntry.Ended(visit, AT, EndReason.COMPLETED, "take-documents");
            new VisitEndCleanup(ports.journal, ports.sheets, spool, ports.previews).record(ended);

            assertThat(Files.exists(dir.resolve("spool").resolve(visit.value()))).isFalse();
            assertThat(ports.sheets.visitsHeld()).isZero();
            assertThat(shown.get()).as("previews leave the screen with the visit").isEmpty();
            assertThat(ports.events(visit)).last().isEqualTo(ended);
            assertThat(ports.journal.verify().intact()).isTrue();
        }
    }
}
