package jp.madoguchi.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.VBox;

/**
 * A large key with a name and an optional note under it (a service with its hint, a certificate with its fee).
 * Both lines break themselves ({@link MessageLabel}) so a long Thai or Nepali name stays whole. The tile takes
 * the width its parent gives it (see {@code .choice-tile} in kiosk.css) and grows as tall as its lines need.
 */
public final class ChoiceTile extends Button {

    public ChoiceTile(ObservableValue<String> name, ObservableValue<String> note) {
        getStyleClass().addAll("large-key", "choice-tile");
        setFocusTraversable(false);
        VBox lines = new VBox(new MessageLabel(name, "choice-name"));
        lines.getStyleClass().add("choice-lines");
        if (note != null) {
            lines.getChildren().add(new MessageLabel(note, "choice-note"));
        }
        // A button lays its graphic out at the graphic's preferred width: tie it to the tile's own width so the
        // lines wrap inside the tile instead of widening it.
        lines.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> getWidth() - snappedLeftInset() - snappedRightInset(), widthProperty(), insetsProperty()));
        lines.setMinWidth(0);
        setGraphic(lines);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
    }
}
