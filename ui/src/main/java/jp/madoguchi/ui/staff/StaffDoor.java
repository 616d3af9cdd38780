package jp.madoguchi.ui.staff;

import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The only way from the resident screen to the staff screen and to exit: the hidden corner ({@link #corner()},
 * an invisible region at the top left) counts taps; {@link StaffGesture#TAPS} quick taps open the PIN prompt, and
 * the right staff PIN opens the staff screen. The resident sees nothing of it.
 */
public final class StaffDoor {
    private final Region corner = new Region();
    private final StackPane layer = new StackPane();
    private final StaffGesture gesture = new StaffGesture();

    /** With no hash configured the corner stays a dead corner: there is no staff PIN to accept. */
    public StaffDoor(I18n i18n, Optional<StaffPinHash> hash, StaffConsole console) {
        this(i18n, hash, console, System::nanoTime);
    }

    StaffDoor(I18n i18n, Optional<StaffPinHash> hash, StaffConsole console, LongSupplier clock) {
        StaffScreen screen = new StaffScreen(i18n, console);
        corner.setId("staff-corner");
        corner.getStyleClass().add("staff-corner");
        layer.getChildren().add(screen);
        hash.ifPresent(pin -> {
            StaffPinPrompt prompt = new StaffPinPrompt(i18n, pin, screen::open);
            layer.getChildren().add(0, prompt);
            corner.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
                if (gesture.tap(clock.getAsLong())) {
                    prompt.open();
                }
            });
        });
        // The layer covers the screen only while the prompt or the staff screen shows; otherwise taps pass through.
        layer.setPickOnBounds(false);
    }

    /** Goes in the top bar's left corner. */
    public Node corner() {
        return corner;
    }

    /** Goes over the whole screen ({@code KioskScreen.addLayer}). */
    public Node layer() {
        return layer;
    }
}
