package jp.madoguchi.ui.kiosk;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.theme.KioskTheme;

/** A kiosk screen alone on a 1920×1080 stage with the kiosk theme, its actions going to {@code actions}. */
final class ScreenStage {
    private ScreenStage() {}

    static KioskScreen show(Stage stage, I18n i18n, Consumer<ResidentAction> actions) {
        KioskScreen screen = new KioskScreen(i18n, actions, new Region());
        Scene scene = new Scene(screen.root(), 1920, 1080);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
        return screen;
    }
}
