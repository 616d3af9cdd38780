package jp.madoguchi.app.kiosk;

import static jp.madoguchi.app.kiosk.VisitDriver.await;
import static jp.madoguchi.app.kiosk.VisitDriver.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.kiosk.status.StatusFile;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.payment.simulator.PaymentSimulator;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.app.testsupport.registry.RegistryStack;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitRunner;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production kiosk on real parts only, as an installed one is configured: the vpcd reader through a private
 * pcscd (the virtual card presented as a real reader's card), a CUPS queue, the registry over mutual TLS, the cash
 * unit's daemon on a Unix socket, signed rules and the JPKI test CA put into the trust directory by the operator. A
 * resident's visit is paid and printed as a real certificate (no 見本/SPECIMEN mark); then each back end in turn is
 * taken away, which puts the kiosk out of service naming it (screen, health, status file), and it returns by itself.
 */
@RequiresPcscStack
@RequiresCups
@Timeout(240)
class ProductionKioskTest {

    @TempDir
    Path dir;

    @Test
    void aPaidVisitPrintsARealCertificateAndEachBackEndTakenAwayIsAnOutageUntilItReturns(VirtualCardStack stack,
            CupsStack cups) throws Exception {
        Clock clock = KioskHarness.tuesdayAt(10);
        Path socket = dir.resolve("cash.sock");
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir)) {
            PaymentSimulator cash = PaymentSimulator.start(socket, List.of(), Duration.ofMillis(200));
            try (KioskSession kiosk = KioskSession.open(ProductionParts.configuration(dir, queue.name(), registry, socket),
                    CardSource.pcsc(VirtualCardStack.READER), clock)) {
                await(kiosk, step -> step instanceof Attract, "in service on real parts");
                assertThat(kiosk.virtualReader()).isEmpty();

                String document = visit(kiosk, stack, clock);
                Path pdf = queue.awaitOutput(document, Duration.ofSeconds(30)).orElseThrow();
                try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
                    String text = new PDFTextStripper().getText(printed);
                    assertThat(text).contains("住民票の写し", document, "見本 太郎").doesNotContain("SPECIMEN");
                }
                assertThat(kiosk.outputs().sheets().visitsHeld()).as("no certificate kept after the visit").isZero();

                registry.stop();
                outage(kiosk, ServiceCheck.REGISTRY, "localhost:" + registry.port());
                registry.start();
                await(kiosk, step -> step instanceof Attract, "back with the registry");

                cash.close();
                outage(kiosk, ServiceCheck.PAYMENT, socket.toString());
                cash = PaymentSimulator.start(socket, List.of(), Duration.ofMillis(200));
                await(kiosk, step -> step instanceof Attract, "back with the cash unit");

                queue.disable("paper jam");
                outage(kiosk, ServiceCheck.PRINTER, queue.name());
                queue.enable();
                await(kiosk, step -> step instanceof Attract, "back with the printer");

                stack.pcscd().killPcscd();
                outage(kiosk, ServiceCheck.READER, "PC/SC");
                stack.pcscd().startPcscd();
                await(kiosk, step -> step instanceof Attract, "back with pcscd");
                assertThat(kiosk.virtualReader()).as("never the virtual card").isEmpty();
            } finally {
                cash.close();
            }
        }
    }

    /** Certificates for the default holder's 住民票, paid by the cash unit; returns the document number. */
    private static String visit(KioskSession kiosk, VirtualCardStack stack, Clock clock) throws Exception {
        VisitRunner visits = kiosk.visits();
        visits.send(new ResidentAction.ChooseService(Service.CERTIFICATES));
        await(visits, "place-card");
        stack.insert(VirtualMyNumberCard.of(Holders.byId("default"), clock));
        await(visits, "pin-entry");
        visits.send(new ResidentAction.EnterPin("1234".toCharArray()));
        await(visits, "remove-card");
        VisitId visit = new VisitId(visits.current().visit().orElseThrow().value());
        stack.eject();
        VisitDriver.orderResidentRecord(visits); // the cash unit's daemon pays with a 1000-yen note
        await(visits, "take-documents");
        visits.send(new ResidentAction.Confirm());

        Journal journal = kiosk.outputs().journal();
        VisitDriver.awaitEnded(journal, visit);
        List<JournalRecord> records = journal.visit(visit);
        assertThat(records).extracting(JournalRecord::entry)
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(JournalEntry.Ended.class,
                        ended -> assertThat(ended.reason()).isEqualTo(EndReason.COMPLETED)));
        VisitLedger ledger = VisitLedger.of(records);
        assertThat(ledger.received()).as("the simulator's 1000-yen note").isEqualTo(1000);
        assertThat(ledger.printedFees()).isPositive();
        assertThat(ledger.unmatched()).as("the change went back").isZero();
        assertThat(journal.verify().intact()).isTrue();
        return records.stream().map(JournalRecord::entry).filter(JournalEntry.DocumentIssued.class::isInstance)
                .map(e -> ((JournalEntry.DocumentIssued) e).document().value()).findFirst().orElseThrow();
    }

    /** Out of service on screen, in the health monitor and in the status file, naming the check and its cause. */
    private void outage(KioskSession kiosk, ServiceCheck check, String detail) throws Exception {
        assertThat(await(kiosk, step -> step instanceof OutOfService, "out of service: " + check.id()))
                .isEqualTo(new OutOfService(List.of(check)));
        assertThat(kiosk.health().orElseThrow().health().outages()).singleElement()
                .satisfies(outage -> assertThat(outage.detail()).contains(detail));
        StatusFile file = StatusFile.beside(dir.resolve("data/journal.db"));
        awaitTrue(() -> file.read().filter(s -> s.state().equals(KioskStatus.OUT_OF_SERVICE)
                && s.failedChecks().stream().anyMatch(f -> f.check().equals(check.id()))).isPresent(),
                "status file names " + check.id());
    }
}
