package jp.madoguchi.ui.staff;

import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;

/**
 * Closes a staff layer nobody touches: a clerk called away must not leave the kiosk covered, or the staff screen open
 * to the next person. Looks once a second, on the given monotonic clock (tests move it), while the layer shows.
 */
final class StaffIdle {
    private final Node layer;
    private final long afterNanos;
    private final LongSupplier clock;
    private final Runnable close;
    private final Timeline ticks;
    private long lastTouch;

    StaffIdle(Node layer, Duration after, LongSupplier clock, Runnable close) {
        this.layer = layer;
        this.afterNanos = after.toNanos();
        this.clock = clock;
        this.close = close;
        ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> look()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        layer.addEventFilter(MouseEvent.MOUSE_PRESSED, this::touched);
        layer.addEventFilter(ScrollEvent.ANY, this::touched);
        layer.addEventFilter(TouchEvent.TOUCH_PRESSED, this::touched);
        layer.visibleProperty().addListener((property, before, shown) -> {
            if (shown) {
                lastTouch = clock.getAsLong();
                ticks.play();
            } else {
                ticks.stop();
            }
        });
    }

    private void touched(Event event) {
        lastTouch = clock.getAsLong();
    }

    private void look() {
        if (layer.isVisible() && clock.getAsLong() - lastTouch >= afterNanos) {
            close.run();
        }
    }
}
