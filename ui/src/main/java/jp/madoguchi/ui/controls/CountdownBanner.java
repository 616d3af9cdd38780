package jp.madoguchi.ui.controls;

import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The inactivity warning: "continue?" with the seconds left before the visit is wiped, and two large keys. It only
 * shows what it is given: the visit owns the clock and sets {@link #secondsLeftProperty()} each second.
 * Key ids: {@code countdownContinue}, {@code countdownEnd}.
 */
public final class CountdownBanner extends HBox {
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty(this, "secondsLeft", 0);
    private Runnable onContinue = () -> { };
    private Runnable onEnd = () -> { };

    public CountdownBanner(I18n i18n) {
        getStyleClass().add("countdown-banner");

        MessageLabel countdown = new MessageLabel(i18n.text("idle.countdown", secondsLeft), "countdown-text");
        countdown.setId("countdownText");
        VBox text = new VBox(4, new MessageLabel(i18n.text("idle.title"), "countdown-title"), countdown);
        HBox.setHgrow(text, Priority.ALWAYS);

        LargeKey continueKey = new LargeKey(i18n.text("idle.continue")).primary();
        continueKey.setId("countdownContinue");
        continueKey.setOnAction(event -> onContinue.run());
        LargeKey endKey = new LargeKey(i18n.text("idle.end"));
        endKey.setId("countdownEnd");
        endKey.setOnAction(event -> onEnd.run());

        getChildren().addAll(text, continueKey, endKey);
    }

    public IntegerProperty secondsLeftProperty() {
        return secondsLeft;
    }

    /** The resident is still there: the visit resets its idle clock. */
    public void setOnContinue(Runnable action) {
        this.onContinue = Objects.requireNonNull(action);
    }

    /** The resident is done: the visit ends now instead of waiting for zero. */
    public void setOnEnd(Runnable action) {
        this.onEnd = Objects.requireNonNull(action);
    }
}
