package jp.madoguchi.ui.kiosk;

import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.theme.DisplayMode;
import jp.madoguchi.ui.theme.DisplayModes;

/**
 * 見やすさ: large text, high contrast and the low layout, each a key that stays pressed while its mode is on, over
 * the current step; opened from the top bar on any screen. A change shows at once behind the panel.
 */
final class DisplayOverlay extends StackPane {

    DisplayOverlay(I18n i18n, DisplayModes modes) {
        getStyleClass().add("overlay");
        setId("display-overlay");
        VBox keys = new VBox();
        keys.getStyleClass().add("display-keys");
        for (DisplayMode mode : DisplayMode.values()) {
            ToggleButton key = new ToggleButton();
            key.textProperty().bind(i18n.text(mode.messageKey()));
            key.getStyleClass().addAll("large-key", "choice-key", "display-key");
            key.setId("display-" + mode.styleClass().substring("display-".length()));
            key.selectedProperty().bindBidirectional(modes.property(mode));
            key.setMaxWidth(Double.MAX_VALUE);
            keys.getChildren().add(key);
        }
        LargeKey close = new LargeKey(i18n.text("common.ok"));
        close.setId("display-close");
        close.getStyleClass().add("primary");
        close.setOnAction(event -> setVisible(false));
        HBox actions = new HBox(close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox panel = new VBox(new MessageLabel(i18n.text("display.title"), "kiosk-title"), keys, actions);
        panel.getStyleClass().add("overlay-panel");
        panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(panel);
        setVisible(false);
    }
}
