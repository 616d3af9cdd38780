package jp.madoguchi.ui.controls;

import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The inactivity warning, a card for the middle of the screen: "continue?", the seconds left in a large dial with
 * the sentence that says what happens at zero, and two large keys, finish on the left (the way out) and continue on
 * the right (the way on), as on every step. It only shows what it is given: the visit owns the clock and sets
 * {@link #secondsLeftProperty()} each second. Ids: {@code countdownSeconds}, {@code countdownText},
 * {@code countdownContinue}, {@code countdownEnd}.
 */
public final class CountdownBanner extends VBox {
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty(this, "secondsLeft", 0);
    private Runnable onContinue = () -> { };
    private Runnable onEnd = () -> { };

    public CountdownBanner(I18n i18n) {
        getStyleClass().add("countdown-banner");

        MessageLabel title = new MessageLabel(i18n.text("idle.title"), "countdown-title");
        title.setId("countdownTitle");

        Label seconds = new Label();
        seconds.textProperty().bind(secondsLeft.asString());
        seconds.getStyleClass().add("countdown-seconds");
        seconds.setId("countdownSeconds");
        StackPane dial = new StackPane(seconds);
        dial.getStyleClass().add("countdown-dial");
        MessageLabel countdown = new MessageLabel(i18n.text("idle.countdown", secondsLeft), "countdown-text");
        countdown.setId("countdownText");
        HBox.setHgrow(countdown, Priority.ALWAYS);
        HBox message = new HBox(dial, countdown);
        message.getStyleClass().add("countdown-message");

        LargeKey endKey = new LargeKey(i18n.text("idle.end"));
        endKey.setId("countdownEnd");
        endKey.setOnAction(event -> onEnd.run());
        LargeKey continueKey = new LargeKey(i18n.text("idle.continue")).primary();
        continueKey.setId("countdownContinue");
        continueKey.setOnAction(event -> onContinue.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox keys = new HBox(endKey, gap, continueKey);
        keys.getStyleClass().add("countdown-keys");

        getChildren().addAll(title, message, keys);
        setMinHeight(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
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
