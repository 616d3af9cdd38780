package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import org.junit.jupiter.api.Test;

/** Payment, printing and the reminders; money is refunded whenever nothing could be issued for it. */
class OutputTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void backFromPaymentCancelsItAndShowsTheConfirmScreenAgain() {
        kiosk.toPayment();
        VisitId visit = kiosk.visitId();
        kiosk.act(new ResidentAction.Back());

        assertThat(kiosk.step()).isInstanceOf(Confirm.class);
        assertThat(kiosk.payment.isOpen(visit)).isFalse();
        assertThat(kiosk.payment.pay(visit)).as("nothing left to pay").isFalse();
    }

    @Test
    void givingUpAtThePaymentDeviceReturnsToConfirm() {
        kiosk.toPayment();
        kiosk.payment.decline(kiosk.visitId());

        assertThat(kiosk.step()).isInstanceOf(Confirm.class);
        assertThat(kiosk.journal.entries()).filteredOn(JournalEntry.PaymentRecorded.class::isInstance)
                .extracting(entry -> ((JournalEntry.PaymentRecorded) entry).status())
                .containsExactly(PaymentStatus.CANCELLED);
    }

    @Test
    void aPaymentThatCompletesAfterTheResidentLeftIsRefunded() {
        kiosk.toPayment();
        VisitId visit = kiosk.visitId();
        kiosk.act(new ResidentAction.Cancel());
        // The device had already taken the money when the cancellation reached it.
        kiosk.machine.onPayment(new PaymentEvent(visit, PaymentStatus.PAID, 200));

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.payment.refundedYen()).isEqualTo(200);
    }

    @Test
    void aPrinterFaultRefundsAndSaysWhy() {
        kiosk.toPrinting();
        VisitId visit = kiosk.visitId();
        kiosk.printer.fail(PrintFailure.OUT_OF_PAPER);

        assertThat(kiosk.step()).isEqualTo(new IssueFailed(IssueProblem.OUT_OF_PAPER, 200));
        assertThat(kiosk.payment.refundedYen()).isEqualTo(200);
        assertThat(kiosk.documents.visitsHeld()).isZero();
        assertThat(kiosk.journal.entries(visit)).contains(new JournalEntry.PrintFinished(visit,
                kiosk.clock.instant(), Optional.of(PrintFailure.OUT_OF_PAPER)));
        kiosk.next();
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.ISSUE_FAILED, 1);
    }

    @Test
    void aRefundTheDeviceCouldNotPayIsShownAsOwedNotAsRefunded() {
        kiosk.toPrinting();
        VisitId visit = kiosk.visitId();
        kiosk.printer.fail(PrintFailure.OUT_OF_PAPER);
        kiosk.machine.onPayment(new PaymentEvent(VisitId.random(), PaymentStatus.FAILED, 200));
        assertThat(kiosk.step()).as("another visit's answer").isEqualTo(new IssueFailed(IssueProblem.OUT_OF_PAPER,
                200));

        kiosk.machine.onPayment(new PaymentEvent(visit, PaymentStatus.FAILED, 200));

        assertThat(kiosk.step()).isEqualTo(new IssueFailed(IssueProblem.PAYMENT_FAULT, 200));
        assertThat(kiosk.journal.entries(visit)).contains(
                new JournalEntry.PaymentRecorded(visit, kiosk.clock.instant(), PaymentStatus.FAILED, 200));
        kiosk.next();
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.ISSUE_FAILED, 1);
    }

    @Test
    void aDocumentThatCannotBeRenderedIsRefundedBeforeAnythingPrints() {
        kiosk.toPayment();
        kiosk.documents.failNext();
        kiosk.payment.pay(kiosk.visitId());

        assertThat(kiosk.step()).isEqualTo(new IssueFailed(IssueProblem.DOCUMENT_UNAVAILABLE, 200));
        assertThat(kiosk.printer.jobs()).isEmpty();
    }

    @Test
    void printerEventsForAnotherVisitAreIgnoredAndPrintingCannotBeCancelled() {
        kiosk.toPrinting();
        kiosk.machine.onPrint(new PrintEvent.Completed(VisitId.random()));
        kiosk.act(new ResidentAction.Cancel());
        kiosk.act(new ResidentAction.Back());

        assertThat(kiosk.step()).isEqualTo(new Printing(0, 1));
    }

    @Test
    void theTakeDocumentsReminderStaysUntilConfirmed() {
        kiosk.toTakeDocuments();
        assertThat(kiosk.step()).isEqualTo(new TakeDocuments(1, true, 0, false));
        kiosk.elapse(Duration.ofSeconds(10));
        assertThat(kiosk.step()).isEqualTo(new TakeDocuments(1, true, 0, true));
        assertThat(kiosk.machine.nextDeadline()).as("only the idle warning is left")
                .contains(kiosk.clock.instant().plusSeconds(50));

        kiosk.next();
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.COMPLETED, 1);
    }

    @Test
    void documentsAreBoundToTheirVisit() {
        kiosk.toPayment();
        VisitId visit = kiosk.visitId();
        kiosk.payment.pay(visit);

        assertThat(kiosk.printer.lastJob().documents()).isEqualTo(kiosk.documents.held(visit));
        assertThat(kiosk.journal.entries(visit)).contains(new JournalEntry.DocumentsIssued(visit,
                kiosk.clock.instant(), kiosk.documents.held(visit)));
        assertThat(kiosk.step()).isEqualTo(new Printing(0, 1));
    }
}
