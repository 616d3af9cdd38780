package jp.madoguchi.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.i18n.I18n;

/**
 * A menu item the resident cannot choose now, greyed, with the rules engine's reason under it, alone: the
 * greyed tile already says "not now", and every reason says why in words of its own ("closed on national holidays"),
 * so a prefix would say it twice ("Không thể cấp: Không thể cấp: ..."). It is not a button, so it cannot be pressed; and it is not a disabled node either, because the default
 * disabled look would fade the reason below readable contrast.
 */
public final class UnavailableTile extends VBox {

    public UnavailableTile(I18n i18n, ObservableValue<String> itemName, ObservableValue<String> reason) {
        getStyleClass().add("unavailable-tile");
        getChildren().addAll(
                new MessageLabel(itemName, "item-name"),
                new MessageLabel(reason, "item-reason"));
        setFocusTraversable(false);
    }
}
