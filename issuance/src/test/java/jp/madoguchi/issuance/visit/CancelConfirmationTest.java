package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.junit.jupiter.api.Test;

/** After the PIN, cancel asks before it wipes the order; before the PIN there is nothing to lose and it does not. */
class CancelConfirmationTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void cancelOnAnOrderScreenAsksAndBackKeepsEverything() {
        kiosk.toOptions().next().next();
        kiosk.act(new ResidentAction.SetCopies(3));
        VisitStep copies = kiosk.step(ChooseCopies.class);
        VisitId visit = kiosk.visitId();

        kiosk.act(new ResidentAction.Cancel());
        assertThat(kiosk.step()).isEqualTo(new ConfirmCancel(copies));
        kiosk.act(new ResidentAction.Back());

        assertThat(kiosk.step()).isEqualTo(copies);
        assertThat(kiosk.visitId()).isEqualTo(visit);
    }

    @Test
    void cancellingTwiceEndsTheVisit() {
        kiosk.toConfirm();
        kiosk.act(new ResidentAction.Cancel());
        kiosk.act(new ResidentAction.Cancel());

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.CANCELLED);
    }

    @Test
    void theIdleCountdownsOwnEndKeyDoesNotAskAgain() {
        kiosk.toConfirm();
        kiosk.elapse(Duration.ofSeconds(61));
        assertThat(kiosk.machine.snapshot().idleWarning()).isPresent();

        kiosk.act(new ResidentAction.Cancel());

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
    }

    @Test
    void onThePinPadCancelStillEndsAtOnce() {
        kiosk.toPinEntry("default");
        kiosk.act(new ResidentAction.Cancel());

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
    }

    @Test
    void theAccountInquiryAsksToo() {
        kiosk.toAccountInquiry("default");
        kiosk.act(new ResidentAction.Cancel());

        assertThat(kiosk.step()).isInstanceOf(ConfirmCancel.class);
    }

    @Test
    void whileItAsksADifferentCardStillEndsTheVisit() {
        kiosk.toConfirm();
        kiosk.act(new ResidentAction.Cancel());
        kiosk.card.place();
        kiosk.card.answerFingerprint(kiosk.facts("hanako").fingerprint());

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_SWAPPED));
    }
}
