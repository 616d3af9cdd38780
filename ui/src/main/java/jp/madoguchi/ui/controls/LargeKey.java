package jp.madoguchi.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import jp.madoguchi.ui.text.WrappedText;

/**
 * A button sized for a fingertip (see {@code .large-key} in kiosk.css). It never takes keyboard focus: the kiosk
 * has no keyboard, and a focus ring or an input method popping up would only confuse.
 */
public class LargeKey extends Button {

    private WrappedText wrapped;

    /** A key whose text follows the language; long texts break into lines to fit the key's width. */
    public LargeKey(ObservableValue<String> text) {
        this();
        wrapped = WrappedText.show(text, this);
    }

    /** A key whose text never changes with the language, such as a digit or an endonym. */
    public LargeKey(String fixedText) {
        this();
        setText(fixedText);
    }

    private LargeKey() {
        getStyleClass().add("large-key");
        setFocusTraversable(false);
    }

    @Override
    protected double computePrefWidth(double height) {
        double own = super.computePrefWidth(height);
        return wrapped == null ? own : Math.max(own, wrapped.prefWidth());
    }

    /** A drawn icon before the text (a kiosk.css shape class: {@code back-icon}, {@code cancel-icon}, ...). */
    public LargeKey withIcon(String iconClass) {
        javafx.scene.layout.Region icon = new javafx.scene.layout.Region();
        icon.getStyleClass().addAll("key-icon", iconClass);
        setGraphic(icon);
        return this;
    }

    public LargeKey styled(String styleClass) {
        getStyleClass().add(styleClass);
        return this;
    }

    /** Marks this as the screen's main action (filled navy). */
    public LargeKey primary() {
        getStyleClass().add("primary");
        return this;
    }
}
