package jp.madoguchi.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.i18n.I18n;

/**
 * A menu item the resident cannot choose now, greyed, with the rules engine's reason under it ("unavailable:
 * reason"). It is not a button, so it cannot be pressed; and it is not a disabled node either, because the default
 * disabled look would fade the reason below readable contrast.
 */
public final class UnavailableTile extends VBox {

    public UnavailableTile(I18n i18n, ObservableValue<String> itemName, ObservableValue<String> reason) {
        getStyleClass().add("unavailable-tile");
        getChildren().addAll(
                new MessageLabel(itemName, "item-name"),
                new MessageLabel(i18n.text("certificate.unavailable", reason), "item-reason"));
        setFocusTraversable(false);
    }
}
