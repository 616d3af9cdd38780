package jp.madoguchi.ui.controls;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The on-screen PIN pad: digits 0–9, BACK, CLEAR and a submit key that is enabled once the PIN is complete. The
 * display shows one dot per position and never a digit. The digits live only in a {@link PinBuffer} and are wiped
 * on CLEAR, on submit, on {@link #reset()} and when the pad leaves the scene.
 *
 * <p>Keys have the ids {@code pinKey0}…{@code pinKey9}, {@code pinBack}, {@code pinClear} and {@code pinSubmit}.
 */
public final class PinPad extends VBox {
    /** On the dots standing for digits already typed. */
    public static final PseudoClass ENTERED = PseudoClass.getPseudoClass("entered");
    private static final double DOT_RADIUS = 16;

    private final PinBuffer buffer;
    private final ReadOnlyIntegerWrapper entered = new ReadOnlyIntegerWrapper(this, "entered", 0);
    private final HBox display = new HBox();
    private final LargeKey submitKey;
    private Consumer<char[]> onSubmit = pin -> { };

    /** A pad for a PIN of exactly {@code digits} digits: 4 for the JPKI user-authentication PIN. */
    public PinPad(I18n i18n, int digits) {
        this(i18n, new PinBuffer(digits));
    }

    PinPad(I18n i18n, PinBuffer buffer) {
        this.buffer = buffer;
        getStyleClass().add("pin-pad");
        display.getStyleClass().add("pin-display");
        for (int i = 0; i < buffer.capacity(); i++) {
            Circle dot = new Circle(DOT_RADIUS);
            dot.getStyleClass().add("pin-dot");
            display.getChildren().add(dot);
        }
        submitKey = new LargeKey(i18n.text("pin.key.submit")).primary();
        submitKey.setId("pinSubmit");
        submitKey.getStyleClass().add("pin-submit");
        submitKey.disableProperty().bind(entered.lessThan(buffer.capacity()));
        submitKey.setOnAction(event -> submit());

        getChildren().addAll(display, keys(i18n), submitKey);
        setAlignment(Pos.TOP_CENTER);
        // Leaving the screen (visit reset, timeout, language rebuild) must not leave digits behind.
        sceneProperty().addListener((property, before, now) -> {
            if (now == null) {
                reset();
            }
        });
    }

    /**
     * Receives the complete PIN when the resident presses the submit key. The array is wiped as soon as the handler
     * returns, so hand it on at once (e.g. to {@code Pin.of}, which copies and wipes it) and do the card work on the
     * reader thread, not here.
     */
    public void setOnSubmit(Consumer<char[]> handler) {
        this.onSubmit = Objects.requireNonNull(handler);
    }

    /** How many digits are entered; the only thing about the PIN a view may know. */
    public ReadOnlyIntegerProperty enteredProperty() {
        return entered.getReadOnlyProperty();
    }

    /** Forgets the digits entered so far. */
    public void reset() {
        buffer.clear();
        refresh();
    }

    private GridPane keys(I18n i18n) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pin-keys");
        for (int digit = 1; digit <= 9; digit++) {
            grid.add(digitKey(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        LargeKey clear = editKey(i18n, "pin.key.clear", "pinClear");
        clear.setOnAction(event -> reset());
        LargeKey back = editKey(i18n, "pin.key.back", "pinBack");
        back.setOnAction(event -> {
            buffer.back();
            refresh();
        });
        grid.add(clear, 0, 3);
        grid.add(digitKey(0), 1, 3);
        grid.add(back, 2, 3);
        return grid;
    }

    private LargeKey digitKey(int digit) {
        LargeKey key = new LargeKey(Integer.toString(digit));
        key.setId("pinKey" + digit);
        key.getStyleClass().add("pin-digit");
        key.setOnAction(event -> {
            buffer.append((char) ('0' + digit));
            refresh();
        });
        return key;
    }

    private static LargeKey editKey(I18n i18n, String textKey, String id) {
        LargeKey key = new LargeKey(i18n.text(textKey));
        key.setId(id);
        key.getStyleClass().add("pin-edit");
        return key;
    }

    private void submit() {
        if (!buffer.isFull()) {
            return;
        }
        char[] pin = buffer.take();
        refresh();
        try {
            onSubmit.accept(pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private void refresh() {
        entered.set(buffer.length());
        for (int i = 0; i < display.getChildren().size(); i++) {
            display.getChildren().get(i).pseudoClassStateChanged(ENTERED, i < buffer.length());
        }
    }
}
