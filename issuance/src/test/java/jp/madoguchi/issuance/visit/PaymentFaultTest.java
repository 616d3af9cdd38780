package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import org.junit.jupiter.api.Test;

/** A payment device that fails while holding money: the visit says what is owed and never refunds through it. */
class PaymentFaultTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void aFaultWithMoneyHeldShowsTheAmountOwedAndEndsAsIssueFailed() {
        kiosk.toPayment();
        VisitId visit = kiosk.visitId();
        kiosk.machine.onPayment(new PaymentEvent(visit, PaymentStatus.FAILED, 150));

        assertThat(kiosk.step()).isEqualTo(new IssueFailed(IssueProblem.PAYMENT_FAULT, 150));
        assertThat(kiosk.payment.refundedYen()).as("the failed device is not asked to pay out").isZero();
        assertThat(kiosk.journal.entries(visit)).contains(
                new JournalEntry.PaymentRecorded(visit, kiosk.clock.instant(), PaymentStatus.FAILED, 150));
        kiosk.next();
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.ISSUE_FAILED, 1);
    }

    @Test
    void aFaultForAVisitNoLongerPayingChangesNothingOnScreen() {
        kiosk.toPayment();
        VisitId visit = kiosk.visitId();
        kiosk.act(new ResidentAction.Cancel());
        kiosk.machine.onPayment(new PaymentEvent(visit, PaymentStatus.FAILED, 100));

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.payment.refundedYen()).isZero();
    }
}
