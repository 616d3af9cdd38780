package jp.madoguchi.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import jp.madoguchi.ui.text.WrappedText;

/**
 * A label for a message that may need several lines: it fills the width its parent gives it, breaks lines itself
 * (see {@link WrappedText}) and is never squeezed shorter than its lines, so nothing is cut off.
 */
public class MessageLabel extends Label {
    private final WrappedText wrapped;

    public MessageLabel(ObservableValue<String> message, String... styleClasses) {
        getStyleClass().addAll(styleClasses);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
        wrapped = WrappedText.show(message, this);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(super.computePrefWidth(height), wrapped.prefWidth());
    }
}
