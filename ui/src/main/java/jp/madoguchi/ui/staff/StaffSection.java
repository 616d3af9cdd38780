package jp.madoguchi.ui.staff;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * One part of the staff screen: a heading, its lines and any keys of its own. The lines' box has the section's id
 * ({@code staff-printer}), the section itself {@code <id>-section}.
 */
class StaffSection extends VBox {
    final I18n i18n;
    private final VBox lines = new VBox();
    private final HBox keys = new HBox();

    StaffSection(I18n i18n, String headingKey, String id) {
        this.i18n = i18n;
        getStyleClass().add("staff-section");
        setId(id + "-section");
        lines.setId(id);
        lines.getStyleClass().add("staff-lines");
        keys.getStyleClass().add("staff-section-keys");
        keys.managedProperty().bind(keys.visibleProperty());
        getChildren().addAll(new MessageLabel(i18n.text(headingKey), "staff-heading"), lines, keys);
    }

    /** Replaces the lines. */
    final void show(List<StaffLine> shown) {
        lines.getChildren().setAll(shown.stream().map(StaffSection::label).toList());
    }

    final void show(StaffLine line) {
        show(List.of(line));
    }

    /** The "please wait" line while the kiosk works on this section's question. */
    final void working() {
        show(StaffLine.plain(i18n.tr("common.pleaseWait")));
    }

    /** A key of this section (under its lines). */
    final LargeKey key(String textKey, String id, Runnable action) {
        return key(i18n.text(textKey), id, action);
    }

    final LargeKey key(ObservableValue<String> text, String id, Runnable action) {
        LargeKey key = new LargeKey(text);
        key.setId(id);
        key.getStyleClass().add("staff-key");
        key.setOnAction(event -> action.run());
        keys.getChildren().add(key);
        return key;
    }

    final Node keys() {
        return keys;
    }

    private static MessageLabel label(StaffLine line) {
        String style = "staff-" + line.style().name().toLowerCase(Locale.ROOT);
        return new MessageLabel(new ReadOnlyStringWrapper(line.text()), "staff-line", style);
    }
}
