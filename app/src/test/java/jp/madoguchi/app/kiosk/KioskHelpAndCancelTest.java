package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Help from the middle of a visit, in the resident's language; the question before cancel wipes an order; "forgot
 * the PIN?" after a wrong one. Each through the whole kiosk: window, visit runner and the virtual card's reader.
 */
class KioskHelpAndCancelTest extends KioskWindowTest {
    private static final Language VIETNAMESE = new Language("vi");
    private final I18n vietnamese = new I18n(KioskLanguage.VIETNAMESE);

    @Test
    void helpFromThePinPadAndBackKeepsTheVisitAndTheLanguage(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.tap("language-vi");
        kiosk.awaitTrue(() -> kiosk.session.visits().current().language().equals(VIETNAMESE));
        kiosk.toPinEntry("default");

        kiosk.tap("help");
        kiosk.await("help");
        assertThat(KioskHarness.flat(kiosk.text("step-title"))).isEqualTo(KioskHarness.flat(
                vietnamese.tr("help.title")));
        assertThat(kiosk.visible("#hotline-0120-0178-27")).as("the Vietnamese line").isTrue();
        kiosk.tap("back");

        kiosk.await("pin-entry");
        assertThat(kiosk.session.visits().current().language()).isEqualTo(VIETNAMESE);
        assertThat(KioskHarness.flat(kiosk.text("step-title"))).isEqualTo(KioskHarness.flat(
                vietnamese.tr("pin.title")));
    }

    @Test
    void cancelAfterThePinAsksFirstAndContinueKeepsTheOrder(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");
        kiosk.enterPin("1234");
        kiosk.await("remove-card");
        kiosk.reader.remove();
        kiosk.await("choose-municipality");
        var visit = kiosk.session.visits().current().visit().orElseThrow();

        kiosk.tap("cancel");
        kiosk.await("confirm-cancel");
        kiosk.tap("continue");
        kiosk.await("choose-municipality");
        assertThat(kiosk.session.visits().current().visit()).contains(visit);

        kiosk.tap("cancel");
        kiosk.await("confirm-cancel");
        kiosk.tap("cancel");
        kiosk.await("attract");
        assertThat(kiosk.session.visits().current().visit()).isEmpty();
    }

    @Test
    void forgotThePinIsOfferedAfterAWrongOneAndReturnsToThePad(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");
        kiosk.enterPin("9999");
        kiosk.awaitWhere(PinEntry.class, pad -> pad.notice() == PinNotice.WRONG_PIN);
        assertThat(KioskHarness.flat(kiosk.text("pin-notice"))).isEqualTo(KioskHarness.flat(
                japanese.tr("pin.wrong", 2)));

        kiosk.tap("forgot-pin");
        kiosk.await("forgot-pin");
        assertThat(kiosk.visible("#unlock-municipal_counter")).isTrue();
        assertThat(kiosk.visible("#unlock-pin_reset_app_and_store_kiosk")).isTrue();
        kiosk.tap("back");

        kiosk.awaitWhere(PinEntry.class, pad -> pad.notice() == PinNotice.WRONG_PIN && pad.triesLeft() == 2);
        kiosk.await("pin-entry");
    }
}
