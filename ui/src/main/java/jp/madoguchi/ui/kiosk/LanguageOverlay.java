package jp.madoguchi.ui.kiosk;

import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.LanguagePicker;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The language picker over the current step, opened from the top bar on any screen. Choosing a language closes
 * it; the step underneath stays as it was (the visit keeps its step on a language change).
 */
final class LanguageOverlay extends StackPane {

    LanguageOverlay(I18n i18n) {
        getStyleClass().add("overlay");
        setId("language-overlay");
        LargeKey close = new LargeKey(i18n.text("common.back"));
        close.setId("language-close");
        close.setOnAction(event -> setVisible(false));
        LanguagePicker picker = new LanguagePicker(i18n);
        HBox actions = new HBox(close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox panel = new VBox(new MessageLabel(i18n.text("language.title"), "kiosk-title"), picker, actions);
        panel.getStyleClass().add("overlay-panel");
        panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(panel);
        i18n.languageProperty().addListener((property, before, now) -> setVisible(false));
        setVisible(false);
    }
}
