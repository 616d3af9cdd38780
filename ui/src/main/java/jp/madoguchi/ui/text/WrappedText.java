package jp.madoguchi.ui.text;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Shows a message on a label or button with line breaks computed by {@link LineBreaker} for the control's current
 * width and font, instead of JavaFX's own wrapping (see the package doc). Re-breaks when the message, the width or
 * the font changes, so it follows language switches and window resizes. Controls using it report {@link
 * #prefWidth()} as their preferred width, as a natively wrapping label does: the whole message on one line, so a
 * text broken once for a narrow width does not stay broken when more room comes.
 */
public final class WrappedText {
    private final Labeled target;
    private final ObservableValue<String> message;
    private final Text ruler = new Text();
    private final LineBreaker breaker = new LineBreaker(this::measure);

    private WrappedText(Labeled target, ObservableValue<String> message) {
        this.target = target;
        this.message = message;
    }

    /** Makes {@code target} show {@code message}, broken into lines that fit. Call on the FX thread. */
    public static WrappedText show(ObservableValue<String> message, Labeled target) {
        WrappedText wrapped = new WrappedText(target, message);
        target.setWrapText(false);
        message.addListener(wrapped::update);
        target.widthProperty().addListener(wrapped::update);
        target.fontProperty().addListener(wrapped::update);
        wrapped.update(message);
        return wrapped;
    }

    /** The width that shows every paragraph of the message unbroken, with the control's insets. */
    public double prefWidth() {
        double widest = 0;
        for (String paragraph : messageText().split("\n", -1)) {
            widest = Math.max(widest, measure(paragraph));
        }
        return Math.ceil(widest) + decorationWidth();
    }

    private void update(Observable changed) {
        // Before the first layout the width is 0 and the message stays whole; the first real width breaks it.
        target.setText(breaker.wrap(messageText(), Math.floor(target.getWidth() - decorationWidth())));
    }

    private String messageText() {
        return message.getValue() == null ? "" : message.getValue();
    }

    /** Insets, label padding and graphic: the part of the control's width the text cannot use. */
    private double decorationWidth() {
        Insets padding = target.getLabelPadding();
        Node graphic = target.getGraphic();
        double graphicWidth = graphic == null ? 0 : graphic.prefWidth(-1) + target.getGraphicTextGap();
        return target.snappedLeftInset() + target.snappedRightInset()
                + padding.getLeft() + padding.getRight() + graphicWidth;
    }

    private double measure(String line) {
        ruler.setFont(target.getFont());
        ruler.setText(line);
        return ruler.getLayoutBounds().getWidth();
    }
}
