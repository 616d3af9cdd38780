package jp.madoguchi.app.kiosk;

import javafx.stage.Stage;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Shared set-up of the whole-kiosk TestFX tests: each test opens its own kiosk, closed after it. */
@ExtendWith(ApplicationExtension.class)
abstract class KioskScreenTest {
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
