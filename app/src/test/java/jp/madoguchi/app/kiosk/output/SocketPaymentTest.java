package jp.madoguchi.app.kiosk.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.health.PaymentCheck;
import jp.madoguchi.app.output.payment.PaymentState;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.app.output.payment.SettlementDecision;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payment port over the socket device and the simulator: payments, cancellations and refunds, and a fault at
 * every state, each checked in the journal (what {@code VisitLedger} says is owed), in the events the visit gets and
 * in the health check.
 */
class SocketPaymentTest {
    private static final java.time.Instant AT = OutputPortsFixture.AT;

    @TempDir
    Path dir;

    @Test
    void aNoteCoversTheFeeAndTheChangeIsJournaledOnceItIsPaidOut() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of())) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 350);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.PAID, 350, 650));
            assertThat(rig.journal.visit(visit).stream().map(r -> r.entry()).skip(2).toList()).containsExactly(
                    new JournalEntry.PaymentDue(visit, AT, 350), new JournalEntry.CashInserted(visit, AT, 1000),
                    new JournalEntry.ChangeReturned(visit, AT, 650));
            assertThat(rig.ledger(visit).unmatched()).isEqualTo(350);
            assertThat(rig.device.state()).isEqualTo(new PaymentState.Paid(350, 1000, 650));
            assertThat(rig.simulator.received()).containsExactly("demand");
            assertThat(PaymentCheck.live(rig.device).check()).isEmpty();
        }
    }

    @Test
    void cancellingGivesBackWhatWasInserted() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on demand: insert 100; insert 50")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);
            rig.awaitState(s -> s.equals(new PaymentState.AmountDue(200, 150)));
            rig.payment.cancel(visit);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.CANCELLED, 0));
            assertThat(rig.journal.visit(visit).stream().map(r -> r.entry()).toList())
                    .contains(new JournalEntry.PaymentCancelled(visit, AT, 150));
            assertThat(rig.ledger(visit).unmatched()).isZero();
            assertThat(rig.ledger(visit).refundsDue()).isZero();
        }
    }

    @Test
    void aFaultWhileIdleRefusesTheNextDemandAndAClearBringsTheDeviceBack() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on connect: fault jam")) {
            rig.awaitProblem(Optional.of("jam"));
            assertThat(PaymentCheck.live(rig.device).check()).contains(new Outage(ServiceCheck.PAYMENT, "jam"));
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.CANCELLED, 0));
            assertThat(rig.ledger(visit).received()).isZero();
            assertThat(rig.ledger(visit).refundsDue()).isZero();
            assertThat(rig.simulator.received()).as("never sent to a faulted device").doesNotContain("demand");

            rig.simulator.command("clear");
            rig.awaitProblem(Optional.empty());
            VisitId next = rig.visit();
            rig.payment.request(next, 200);
            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(next, PaymentStatus.PAID, 200, 800));
        }
    }

    @Test
    void aFaultWhileCollectingWithNothingHeldCancelsAndTakesTheKioskOutOfService() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on demand: fault jam")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.CANCELLED, 0));
            assertThat(rig.journal.visit(visit).stream().map(r -> r.entry()).toList())
                    .contains(new JournalEntry.PaymentCancelled(visit, AT, 0));
            assertThat(rig.ledger(visit).refundsDue()).isZero();
            assertThat(rig.ledger(visit).refundNotYetDue()).isZero();
            assertThat(rig.printer.printed).as("no slip for nothing").isEmpty();
            assertThat(PaymentCheck.live(rig.device).check()).contains(new Outage(ServiceCheck.PAYMENT, "jam"));
        }
    }

    @Test
    void aFaultWithMoneyHeldRecordsItAsOwedAndPrintsARefundSlip() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on demand: insert 100; insert 50; fault jam")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.FAILED, 150));
            List<JournalEntry> entries = rig.journal.visit(visit).stream().map(r -> r.entry()).toList();
            assertThat(entries).contains(new JournalEntry.RefundDue(visit, AT, 150, "payment-jam"));
            assertThat(rig.ledger(visit).refundsDue()).isEqualTo(150);
            assertThat(rig.ledger(visit).refundNotYetDue()).as("crash recovery owes nothing more").isZero();
            assertThat(rig.printer.printed).hasSize(1);
            assertThat(entries).filteredOn(JournalEntry.SheetPrinted.class::isInstance).singleElement()
                    .extracting(e -> ((JournalEntry.SheetPrinted) e).printed()).isEqualTo(true);
            assertThat(PaymentCheck.live(rig.device).check()).contains(new Outage(ServiceCheck.PAYMENT, "jam"));
        }
    }

    @Test
    void aSlipThatCannotPrintLeavesTheRefundDueInTheJournal() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(PrintFailure.OUT_OF_PAPER),
                "on demand: insert 500; fault door-open")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 700);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.FAILED, 500));
            assertThat(rig.ledger(visit).refundsDue()).isEqualTo(500);
            assertThat(rig.journal.visit(visit).stream().map(r -> r.entry()).toList())
                    .filteredOn(JournalEntry.SheetPrinted.class::isInstance).singleElement()
                    .extracting(e -> ((JournalEntry.SheetPrinted) e).reason()).isEqualTo("out-of-paper");
        }
    }

    @Test
    void aFaultAfterPaymentKeepsThePaymentAndOnlyTakesTheKioskOutOfService() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "after paid: fault door-open")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.PAID, 200, 800));
            rig.awaitProblem(Optional.of("door-open"));
            assertThat(rig.ledger(visit).refundsDue()).isZero();
            assertThat(rig.ledger(visit).unmatched()).isEqualTo(200);
            assertThat(rig.events).isEmpty();
        }
    }

    @Test
    void aRefundTheDeviceCannotPayStaysDueAndGetsASlip() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on refund: fault out-of-change")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);
            assertThat(rig.nextEvent().status()).isEqualTo(PaymentStatus.PAID);
            rig.payment.refund(visit, 200);

            assertThat(rig.nextEvent()).as("owed, not refunded")
                    .isEqualTo(new PaymentEvent(visit, PaymentStatus.FAILED, 200));
            assertThat(rig.ledger(visit).refundsDue()).isEqualTo(200);
            assertThat(rig.ledger(visit).refunded()).isZero();
            assertThat(rig.printer.printed).hasSize(1);
            assertThat(rig.device.problem()).contains("out-of-change");
        }
    }

    @Test
    void aFailedSheetsFeeTheDeviceCouldNotPayBackGetsASlipWhenTheVisitRefunds() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on refund: fault out-of-change")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);
            assertThat(rig.nextEvent().status()).isEqualTo(PaymentStatus.PAID);
            // What GuardedPrinting does when the only sheet failed and the printer is not ready for a reprint.
            Settlement settlement = new Settlement(rig.journal, rig.device, 1);
            assertThat(settlement.afterPrintFailure(visit, DocumentNumber.next(MunicipalityCode.parse(Samples.HARIMA), LocalDate.of(2026, 1, 5)), 200,
                    "out-of-paper", false)).isEqualTo(new SettlementDecision.Refund(200, false));
            assertThat(rig.printer.printed).as("no slip while the job is still printing").isEmpty();

            rig.payment.refund(visit, 200); // the visit, after the job failed

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.FAILED, 200));
            assertThat(rig.printer.printed).as("the 返金票 for the fee").hasSize(1);
            assertThat(rig.ledger(visit).refundsDue()).as("recorded once").isEqualTo(200);
            assertThat(rig.ledger(visit).unpaidRefunds()).isEqualTo(200);
        }
    }

    @Test
    void aRefundPaidOutIsJournaledAsRefunded() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of())) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);
            rig.nextEvent();
            rig.payment.refund(visit, 200);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.REFUNDED, 200));
            assertThat(rig.ledger(visit).refunded()).isEqualTo(200);
            assertThat(rig.ledger(visit).unmatched()).isZero();
            assertThat(rig.device.state()).isEqualTo(new PaymentState.Refunded(200));
            assertThat(rig.printer.printed).isEmpty();
        }
    }

    @Test
    void aDaemonKilledMidPaymentLeavesTheHeldMoneyOwedAndARestartBringsTheKioskBack() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on demand: insert 500")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 700);
            rig.awaitState(s -> s.equals(new PaymentState.AmountDue(700, 500)));
            rig.simulator.close();

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.FAILED, 500));
            assertThat(rig.journal.visit(visit).stream().map(r -> r.entry()).toList())
                    .contains(new JournalEntry.RefundDue(visit, AT, 500, "payment-disconnected"));
            assertThat(rig.ledger(visit).refundNotYetDue()).isZero();
            // The simulator removed its socket file on the way out, as the CLI does on SIGTERM.
            rig.awaitProblem(Optional.of("not connected to " + rig.socket + ": No such file or directory"));

            rig.simulator();
            rig.awaitProblem(Optional.empty());
            VisitId next = rig.visit();
            rig.payment.request(next, 200);
            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(next, PaymentStatus.PAID, 200, 800));
        }
    }

    @Test
    void malformedAndOversizedLinesAreSkippedWithoutLosingTheConnection() throws Exception {
        try (SimulatorRig rig = new SimulatorRig(dir, List.of(), "on demand: raw not json; raw [1,2]; "
                + "raw {\"type\":42}; noise 100000; raw {\"type\":\"mystery\"}; "
                + "raw {\"type\":\"inserted\",\"payment\":\"V-elsewhere\",\"total\":9000}; cover")) {
            VisitId visit = rig.visit();
            rig.payment.request(visit, 200);

            assertThat(rig.nextEvent()).isEqualTo(new PaymentEvent(visit, PaymentStatus.PAID, 200, 800));
            assertThat(rig.ledger(visit).received()).isEqualTo(1000);
            assertThat(rig.device.problem()).isEmpty();
        }
    }
}
