package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ButtonBase;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardValidity;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The card check service, a greyed certificate with the engine's reason, and a language switch mid-visit. */
class KioskServicesTest extends KioskWindowTest {
    @Test
    void theCardCheckShowsValidityRenewalAndTriesWithoutAPin(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        robot.clickOn("#service-card-check");
        kiosk.await("place-card");
        kiosk.place("renewal");
        kiosk.await("card-check-result");

        CardCheckResult result = kiosk.step(CardCheckResult.class);
        assertThat(result.validity()).isEqualTo(CardValidity.VALID);
        assertThat(result.renewalOpen()).isTrue();
        assertThat(kiosk.text("validity")).isEqualTo(japanese.tr("cardCheck.status.valid"));
        assertThat(KioskHarness.flat(kiosk.text("auth-tries")))
                .isEqualTo(KioskHarness.flat(japanese.tr("cardCheck.pin.triesLeft", 3)));
        assertThat(KioskHarness.flat(kiosk.text("renewal")))
                .isEqualTo(KioskHarness.flat(japanese.tr("cardCheck.renewal.open", japanese.date(result.renewFrom()))));

        kiosk.tap("ok");
        kiosk.await("remove-card");
        kiosk.reader.remove();
        kiosk.await("thank-you");
    }

    @Test
    void aCertificateOutsideItsHoursIsGreyedWithTheEnginesReason(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot, 18, 60, 15);
        kiosk.toPinEntry("default");
        kiosk.enterPin("1234");
        kiosk.await("remove-card");
        kiosk.reader.remove();
        kiosk.await("choose-municipality");
        kiosk.tap("municipality-residence");
        kiosk.await("choose-certificate");

        CertificateChoice koseki = kiosk.step(ChooseCertificate.class).items().stream()
                .filter(item -> item.certificate() == CertificateType.KOSEKI_FULL).findFirst().orElseThrow();
        assertThat(koseki.available()).isFalse();
        String reason = japanese.tr("reason.weekdaysOnly", "08:30", "17:15");
        String shown = robot.lookup("#certificate-koseki-zenbu .item-reason").queryLabeled().getText();
        assertThat(KioskHarness.flat(shown)).isEqualTo(KioskHarness.flat(reason));
        Object tile = robot.lookup("#certificate-koseki-zenbu").query();
        assertThat(tile).as("greyed, not a key").isNotInstanceOf(ButtonBase.class);
    }

    @Test
    void switchingLanguageMidVisitKeepsTheStepAndReRendersIt(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");
        kiosk.tap("pinKey1");

        robot.clickOn("#language-button");
        robot.clickOn("#language-overlay #language-en");
        kiosk.awaitTrue(() -> kiosk.session.visits().current().language().equals(new Language("en")));

        I18n english = new I18n(KioskLanguage.ENGLISH);
        assertThat(kiosk.session.visits().current().step().id()).isEqualTo("pin-entry");
        assertThat(kiosk.text("step-title")).isEqualTo(english.tr("pin.title"));
        assertThat(robot.lookup("#language-overlay").query().isVisible()).isFalse();
        kiosk.tap("pinKey2");
        kiosk.tap("pinKey3");
        kiosk.tap("pinKey4");
        kiosk.tap("pinSubmit");
        kiosk.await("remove-card");
    }
}
