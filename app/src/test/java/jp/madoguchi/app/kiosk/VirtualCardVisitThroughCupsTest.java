package jp.madoguchi.app.kiosk;

import static jp.madoguchi.app.kiosk.VisitDriver.await;
import static jp.madoguchi.app.kiosk.VisitDriver.awaitEnded;
import static jp.madoguchi.app.kiosk.VisitDriver.awaitStep;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitRunner;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.StatementPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole kiosk end to end: a visit on the in-process virtual card (default holder, PIN 1234) through the real
 * state machine and rules, paid with the demonstration cash acceptor, comes out of CUPS as a real PDF, and the
 * SQLite journal verifies and holds the visit with its document number and print outcome. Headless: the kiosk
 * session is the one {@code ./madoguchi kiosk} runs, driven with resident actions instead of taps. The same card's
 * account inquiry then prints a statement through CUPS that lists that visit.
 */
@RequiresCups
@Timeout(180)
class VirtualCardVisitThroughCupsTest {

    @TempDir
    Path dir;

    @Test
    void aResidentRecordPaidInDemoCashComesOutOfCupsAndTheJournalRecordsIt(CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue(); KioskSession kiosk = KioskSession.open(config(queue.name()),
                CardSource.choose(true, Optional.empty()), KioskHarness.tuesdayAt(10))) {
            VisitRunner visits = kiosk.visits();
            VisitId visit = identify(kiosk, Service.CERTIFICATES);
            VisitDriver.orderResidentRecord(visits);
            kiosk.demoCash().insert(1000);
            await(visits, "take-documents");
            visits.send(new ResidentAction.Confirm());

            Journal journal = kiosk.outputs().journal();
            awaitEnded(journal, visit);
            List<JournalRecord> records = journal.visit(visit);
            List<String> documents = records.stream().map(JournalRecord::entry)
                    .filter(JournalEntry.DocumentIssued.class::isInstance)
                    .map(e -> ((JournalEntry.DocumentIssued) e).document().value()).toList();
            assertThat(documents).hasSize(1);
            assertThat(records).extracting(JournalRecord::entry)
                    .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(JournalEntry.SheetPrinted.class, printed -> {
                        assertThat(printed.document().value()).isEqualTo(documents.get(0));
                        assertThat(printed.printed()).isTrue();
                    }))
                    .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(JournalEntry.Ended.class,
                            ended -> assertThat(ended.reason()).isEqualTo(EndReason.COMPLETED)))
                    .anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.CardIdentified.class))
                    .anySatisfy(e -> assertThat(e).isInstanceOf(JournalEntry.Decided.class));
            VisitLedger ledger = VisitLedger.of(records);
            assertThat(ledger.received()).isEqualTo(1000);
            assertThat(ledger.printedFees()).isPositive();
            assertThat(ledger.unmatched()).as("the change went back").isZero();
            assertThat(journal.verify().intact()).isTrue();

            Path pdf = queue.awaitOutput(documents.get(0), Duration.ofSeconds(30)).orElseThrow();
            assertPrintedCertificate(pdf, documents.get(0));
            assertThat(kiosk.outputs().sheets().visitsHeld()).as("no certificate kept after the visit").isZero();
            assertThat(cups.documentFiles()).as("CUPS keeps no document of the visit").isEmpty();

            printStatement(kiosk, queue, documents.get(0));
        }
    }

    /** The same card's account inquiry prints a statement through CUPS that lists the visit just made. */
    private static void printStatement(KioskSession kiosk, PdfQueue queue, String certificateNumber)
            throws Exception {
        VisitRunner visits = kiosk.visits();
        await(visits, "thank-you");
        visits.send(new ResidentAction.Confirm());
        await(visits, "attract");
        VisitId inquiry = identify(kiosk, Service.ACCOUNT_INQUIRY);
        await(visits, "account-inquiry");
        visits.send(new ResidentAction.PrintStatement());
        awaitStep(visits, s -> s.equals("account-inquiry") && visits.current().step() instanceof AccountInquiry a
                && !(a.print() instanceof StatementPrint.NotPrinted));
        assertThat(((AccountInquiry) visits.current().step()).print()).isEqualTo(StatementPrint.PRINTED);
        visits.send(new ResidentAction.Confirm());
        Journal journal = kiosk.outputs().journal();
        awaitEnded(journal, inquiry);

        String statement = journal.visit(inquiry).stream().map(JournalRecord::entry)
                .filter(JournalEntry.StatementIssued.class::isInstance)
                .map(e -> ((JournalEntry.StatementIssued) e).document().value()).findFirst().orElseThrow();
        assertThat(statement).isNotEqualTo(certificateNumber);
        Path pdf = queue.awaitOutput(statement, Duration.ofSeconds(30)).orElseThrow();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(2f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ご利用履歴・残高照会", statement, "住民票の写し", "200円", "300円");
        }
        assertThat(journal.verify().intact()).isTrue();
        assertThat(kiosk.outputs().sheets().visitsHeld()).isZero();
    }

    private static void assertPrintedCertificate(Path pdf, String documentNumber) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(2f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(2f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("住民票の写し", documentNumber, "見本 太郎", "兵庫県播磨町", "播磨町長");
        }
    }

    /** Chooses {@code service}, places the default holder's card, enters its PIN and takes the card again. */
    private static VisitId identify(KioskSession kiosk, Service service) throws Exception {
        VisitRunner visits = kiosk.visits();
        visits.send(new ResidentAction.ChooseService(service));
        await(visits, "place-card");
        kiosk.virtualReader().orElseThrow().insert(Holders.byId("default"));
        await(visits, "pin-entry");
        visits.send(new ResidentAction.EnterPin("1234".toCharArray()));
        await(visits, "remove-card");
        VisitId visit = new VisitId(visits.current().visit().orElseThrow().value());
        kiosk.virtualReader().orElseThrow().remove();
        return visit;
    }

    private KioskConfig config(String queue) {
        return new KioskConfig(null, null, null, null, null, null, null, queue, null, null,
                dir.resolve("journal.db"), dir.resolve("spool"), null, null, null, null, null, null);
    }
}
