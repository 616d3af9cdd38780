package jp.madoguchi.ui.testsupport;

import jp.madoguchi.ui.fonts.KioskFonts;
import jp.madoguchi.ui.screenshot.HeadlessDisplay;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the toolkit as a kiosk test needs it, before a test class builds any control: headless (Monocle, the
 * kiosk's screen size, software rendering, TestFX's own robot) and with the bundled fonts registered. The tests hide
 * the machine's fonts (the {@code FONTCONFIG_FILE} in ui/pom.xml and app/pom.xml), and JavaFX picks its default font
 * when the first control is styled: with no font registered by then, the whole toolkit fails, as it would on a kiosk
 * that skipped {@link KioskFonts#loadOnce}.
 */
public final class KioskToolkitExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        HeadlessDisplay.select();
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("testfx.setup.timeout", "60000");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            KioskFonts.loadOnce();
        });
    }
}
