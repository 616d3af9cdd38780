package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.ForgotPin;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.UnlockRoute;
import org.junit.jupiter.api.Test;

/** "Forgot the PIN?" shows where it can be reset without using a try, and goes back to the pad as it was. */
class ForgotPinTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void afterAWrongPinItShowsTheResetRoutesAndGoesBack() {
        kiosk.toPinEntry("default").enterPin("9999");
        kiosk.card.answerPin(new PinOutcome.Wrong(2));
        PinEntry pad = kiosk.step(PinEntry.class);
        assertThat(pad.notice()).isEqualTo(PinNotice.WRONG_PIN);

        kiosk.act(new ResidentAction.ForgotPin());

        assertThat(kiosk.step()).isEqualTo(new ForgotPin(java.util.List.of(UnlockRoute.MUNICIPAL_COUNTER,
                UnlockRoute.PIN_RESET_APP_AND_STORE_KIOSK), pad));
        kiosk.act(new ResidentAction.Back());
        assertThat(kiosk.step()).isEqualTo(pad);
        assertThat(kiosk.card.pinsSent()).hasSize(1);
    }

    @Test
    void withoutASignatureCertificateOnlyTheCounterIsOffered() {
        kiosk.toPinEntry("minor");
        kiosk.act(new ResidentAction.ForgotPin());

        assertThat(kiosk.step(ForgotPin.class).unlockRoutes()).containsExactly(UnlockRoute.MUNICIPAL_COUNTER);
    }

    @Test
    void itIsOfferedOnTheLastTryWarningToo() {
        kiosk.toPinEntry("last-try");
        LastTryWarning warning = kiosk.step(LastTryWarning.class);
        kiosk.act(new ResidentAction.ForgotPin());
        assertThat(kiosk.step(ForgotPin.class).resume()).isEqualTo(warning);
    }

    @Test
    void takingTheCardThereEndsTheVisitQuietly() {
        kiosk.toPinEntry("default").act(new ResidentAction.ForgotPin());

        kiosk.card.remove();

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.CANCELLED);
    }
}
