package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A kiosk configured for another language ({@code language:} or {@code --locale}) starts in it and returns to it
 * after every visit, while a resident's own choice lasts for their visit only.
 */
class KioskHomeLanguageTest extends KioskWindowTest {
    private static final Language ENGLISH = new Language("en");

    @Test
    void theConfiguredLanguageIsTheOneEveryVisitReturnsTo(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot, "en");
        I18n english = new I18n(KioskLanguage.ENGLISH);
        I18n thai = new I18n(KioskLanguage.THAI);
        assertThat(kiosk.session.visits().current().language()).isEqualTo(ENGLISH);
        assertThat(kiosk.text("step-title")).isEqualTo(english.tr("attract.title"));

        kiosk.tap("language-th");
        kiosk.awaitTrue(() -> kiosk.session.visits().current().language().equals(new Language("th")));
        kiosk.tap("service-help");
        kiosk.await("help");
        assertThat(KioskHarness.flat(kiosk.text("step-title"))).isEqualTo(KioskHarness.flat(thai.tr("help.title")));
        kiosk.tap("back");
        kiosk.await("attract");
        assertThat(kiosk.session.visits().current().language()).as("back from help keeps the resident's language")
                .isEqualTo(new Language("th"));

        kiosk.tap("service-certificates");
        kiosk.await("place-card");
        kiosk.tap("cancel");
        kiosk.await("attract");
        kiosk.awaitTrue(() -> kiosk.session.visits().current().language().equals(ENGLISH));
        kiosk.awaitTrue(() -> kiosk.text("step-title").equals(english.tr("attract.title")));
    }
}
