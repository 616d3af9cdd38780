package jp.madoguchi.app.kiosk;

import javafx.stage.Stage;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.Start;

/**
 * Base of the whole-kiosk TestFX tests, on ui's shared FX set-up ({@link KioskFxTest}): each test opens its own
 * kiosk window, closed after it.
 */
@KioskFxTest
abstract class KioskWindowTest {
    final I18n japanese = new I18n(KioskLanguage.JAPANESE);
    KioskHarness kiosk;

    @Start
    void start(Stage primary) {
        // Each test opens its own kiosk window; the primary stage stays unused.
    }

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
