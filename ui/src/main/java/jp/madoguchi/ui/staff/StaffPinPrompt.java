package jp.madoguchi.ui.staff;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.controls.PinPad;
import jp.madoguchi.ui.i18n.I18n;

/**
 * Asks for the staff PIN after the hidden gesture. The hash is checked off the FX thread (PBKDF2 is slow on
 * purpose); after {@link #ATTEMPTS} wrong PINs the prompt closes and the gesture must be made again. Left alone for
 * {@link #IDLE} it closes too: it covers the resident screen.
 */
final class StaffPinPrompt extends StackPane {
    static final int ATTEMPTS = 3;
    static final Duration IDLE = Duration.ofMinutes(1);

    private final StaffPinHash hash;
    private final Runnable onAccepted;
    private final PinPad pad;
    private final MessageLabel wrong;
    private int failures;
    private boolean checking;

    StaffPinPrompt(I18n i18n, StaffPinHash hash, Runnable onAccepted, LongSupplier clock) {
        this.hash = hash;
        this.onAccepted = onAccepted;
        getStyleClass().add("overlay");
        setId("staff-pin-prompt");
        pad = new PinPad(i18n, StaffPinHash.DIGITS);
        pad.setOnSubmit(this::check);
        wrong = new MessageLabel(i18n.text("staff.pinWrong"), "kiosk-body", "problem");
        wrong.setId("staff-pin-wrong");
        wrong.setVisible(false);
        LargeKey cancel = new LargeKey(i18n.text("common.cancel"));
        cancel.setId("staff-pin-cancel");
        cancel.setOnAction(event -> close());
        VBox panel = new VBox(new MessageLabel(i18n.text("staff.pinPrompt"), "kiosk-subtitle"), wrong, pad, cancel);
        panel.getStyleClass().add("overlay-panel");
        panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(panel);
        new StaffIdle(this, IDLE, clock, this::close);
        setVisible(false);
    }

    void open() {
        failures = 0;
        wrong.setVisible(false);
        pad.reset();
        setVisible(true);
    }

    void close() {
        pad.reset();
        setVisible(false);
    }

    private void check(char[] typed) {
        if (checking) {
            return;
        }
        checking = true;
        char[] pin = typed.clone(); // the pad wipes its own array when this returns; matches() wipes this one
        CompletableFuture.supplyAsync(() -> hash.matches(pin))
                .whenComplete((ok, error) -> Platform.runLater(() -> answered(Boolean.TRUE.equals(ok))));
    }

    private void answered(boolean accepted) {
        checking = false;
        if (accepted) {
            close();
            onAccepted.run();
            return;
        }
        failures++;
        wrong.setVisible(true);
        if (failures >= ATTEMPTS) {
            close();
        }
    }
}
