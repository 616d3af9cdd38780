package jp.madoguchi.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.output.document.CertificateOrder;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.document.GuardVerdict;
import jp.madoguchi.app.output.document.IssuedDocument;
import jp.madoguchi.app.output.document.PrintGuard;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.payment.Cash;
import jp.madoguchi.app.output.payment.DemoCashAcceptor;
import jp.madoguchi.app.output.payment.PaymentRecorder;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.app.output.payment.SettlementDecision;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.app.output.printing.cups.CupsPrinter;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.TraceEntry;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.SerialKey;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output side of one visit wired together as the visit's ports will be: decide, pay, issue, guard, print through
 * CUPS, settle a failure, end the visit. The journal must balance and CUPS must keep nothing afterwards.
 */
@RequiresCups
@Timeout(120)
class VisitOutputTest {
    private final VisitId visit = VisitId.random();
    private final DemoCashAcceptor cash = new DemoCashAcceptor();

    @TempDir
    Path dir;

    @Test
    void twoCopiesPaidWithChangeComeOutOfCupsAndTheJournalBalances(CupsStack cups) throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"), Clock.systemUTC());
                PdfQueue queue = cups.newQueue()) {
            Printer printer = new CupsPrinter(queue.name(), cups.server(), Duration.ofSeconds(60));
            List<IssuedDocument> sheets = payAndIssue(journal, 2);

            for (IssuedDocument sheet : sheets) {
                assertThat(new PrintGuard(Samples.REGISTRY).check(visit, "default", sheet))
                        .isInstanceOf(GuardVerdict.Cleared.class);
                PrintOutcome outcome = printer.print(new PdfJob(visit, sheet.number(), sheet.pdf()),
                        PrintProgress.IGNORE);
                journal.record(new JournalEntry.SheetPrinted(visit, journal.now(), sheet.number(),
                        outcome instanceof PrintOutcome.Printed, ""));
                assertThat(queue.awaitOutput(sheet.number().value(), Duration.ofSeconds(10))).isPresent();
            }
            journal.record(new JournalEntry.Ended(visit, journal.now(), EndReason.COMPLETED, "take-documents"));
            printer.endVisit(visit);

            VisitLedger ledger = VisitLedger.of(journal.visit(visit));
            assertThat(ledger.received()).isEqualTo(1000);
            assertThat(ledger.printedFees()).isEqualTo(400);
            assertThat(ledger.unmatched()).isZero();
            assertThat(journal.verify().intact()).isTrue();
            assertThat(cups.documentFiles()).as("no certificate left in CUPS's spool").isEmpty();
        }
    }

    @Test
    void aQueueThatStopsAfterPaymentMeansARecordedRefund(CupsStack cups) throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"), Clock.systemUTC());
                PdfQueue queue = cups.newQueue()) {
            Printer printer = new CupsPrinter(queue.name(), cups.server(), Duration.ofSeconds(60));
            IssuedDocument sheet = payAndIssue(journal, 1).get(0);
            queue.disable("out of paper");

            PrintOutcome.Failed failed = (PrintOutcome.Failed) printer.print(
                    new PdfJob(visit, sheet.number(), sheet.pdf()), PrintProgress.IGNORE);
            journal.record(new JournalEntry.SheetPrinted(visit, journal.now(), sheet.number(), false,
                    failed.failure().id()));
            SettlementDecision decision = new Settlement(journal, cash, 1).afterPrintFailure(visit,
                    sheet.number(), sheet.feeYen(), failed.failure().id(), printer.ready());
            journal.record(new JournalEntry.Ended(visit, journal.now(), EndReason.COMPLETED, "take-documents"));
            printer.endVisit(visit);

            assertThat(decision).isEqualTo(new SettlementDecision.Refund(200, true));
            VisitLedger ledger = VisitLedger.of(journal.visit(visit));
            assertThat(ledger.printedFees()).isZero();
            assertThat(ledger.refunded()).isEqualTo(200);
            assertThat(ledger.unmatched()).as("change and refund returned everything").isZero();
            assertThat(queue.jobs()).isEmpty();
        }
    }

    /** Card, service, decision and payment of {@code copies} 住民票 at 200 yen, paid with a 1000 yen note. */
    private List<IssuedDocument> payAndIssue(Journal journal, int copies) {
        IssuanceRequest request = new IssuanceRequest(MunicipalityCode.parse(Samples.HARIMA), Certificates.AT,
                Samples.requester("default"), CertificateType.RESIDENT_RECORD, List.of(), RequestedOptions.NONE, copies);
        Decision decision = Samples.ENGINE.decide(request);
        journal.record(new JournalEntry.Started(visit, journal.now(), "test-kiosk", Service.CERTIFICATES, Language.JAPANESE));
        journal.record(new JournalEntry.CardIdentified(visit, journal.now(),
                SerialKey.fromText("visit-output-test-key").hash(new BigInteger("5a3c9901", 16))));
        journal.record(new JournalEntry.Decided(visit, journal.now(), request.municipality(),
                CertificateType.RESIDENT_RECORD, decision.allowed(),
                decision.trace().stream().map(TraceEntry::rule).distinct().toList(), copies, decision.feeTotal()));
        cash.addListener(new PaymentRecorder(journal, visit));
        cash.demand(decision.feeTotal());
        cash.insert(Cash.NOTE_1000);
        List<IssuedDocument> sheets = new ArrayList<>(Certificates.ISSUER.issue(
                CertificateOrder.approved(visit, request, (Decision.Allowed) decision,
                        false)));
        sheets.forEach(s -> journal.record(new JournalEntry.DocumentIssued(visit, journal.now(), s.number(),
                s.order().type().id(), s.feeYen())));
        assertThat(sheets).hasSize(copies);
        return sheets;
    }
}
