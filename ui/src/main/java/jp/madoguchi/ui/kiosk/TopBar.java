package jp.madoguchi.ui.kiosk;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The strip above every step: the staff corner (invisible, far left), an optional demo control, the display key
 * (見やすさ: large text, high contrast, low layout) and the language key (far right) that shows the current
 * language's own name, so it is found in any language.
 */
final class TopBar extends HBox {
    private final HBox extras = new HBox();

    TopBar(I18n i18n, Node staffCorner, Runnable openLanguages, Runnable openDisplay) {
        getStyleClass().add("top-bar");
        extras.getStyleClass().add("action-group");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        LargeKey language = new LargeKey(Bindings.createStringBinding(
                () -> i18n.tr("common.language"), i18n.languageProperty()));
        language.setId("language-button");
        language.getStyleClass().add("language-button");
        language.setOnAction(event -> openLanguages.run());
        LargeKey display = new LargeKey(i18n.text("display.open"));
        display.setId("display-button");
        display.getStyleClass().add("language-button");
        display.setOnAction(event -> openDisplay.run());
        HBox right = new HBox(display, language);
        right.getStyleClass().add("action-group");
        getChildren().addAll(staffCorner, extras, gap, right);
    }

    void addExtra(Node control) {
        extras.getChildren().add(control);
    }
}
