package jp.madoguchi.ui.testsupport;

import jp.madoguchi.ui.fonts.KioskFonts;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Registers the bundled fonts on the FX thread before a test class builds any control. The tests hide the
 * machine's fonts (see ui/pom.xml), and JavaFX picks its default font when the first control is styled: with no
 * font registered by then, the whole toolkit fails, as it would on a kiosk that skipped {@link KioskFonts#loadOnce}.
 */
public final class BundledFontsExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            KioskFonts.loadOnce();
        });
    }
}
