package jp.madoguchi.ui.staff;

import java.time.Clock;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.theme.KioskTheme;

/**
 * The only way from the resident screen to the staff screen and to exit: the hidden corner ({@link #corner()},
 * an invisible region at the top left) counts taps; {@link StaffGesture#TAPS} quick taps open the PIN prompt, and
 * the right staff PIN opens the staff screen. The resident sees nothing of it, except the notice of a waiting staff
 * call ({@link #callNotice()}). The PIN prompt and the staff screen speak the kiosk's home language (the one {@code i18n} starts in), not
 * whichever one the last resident chose; the call notice follows the resident's.
 */
public final class StaffDoor {
    private final Region corner = new Region();
    private final StackPane layer = new StackPane();
    private final StaffGesture gesture = new StaffGesture();
    private final StaffScreen screen;
    private final CallNotice notice;

    /** With no hash configured the corner stays a dead corner: there is no staff PIN to accept. */
    public StaffDoor(I18n i18n, Optional<StaffPinHash> hash, StaffConsole console, StaffCalls calls) {
        this(i18n, hash, console, calls, Clock.systemUTC(), System::nanoTime);
    }

    /**
     * @param wall the time the staff screen shows its state as of
     * @param clock monotonic nanoseconds, for the gesture's window and the idle closing
     */
    public StaffDoor(I18n i18n, Optional<StaffPinHash> hash, StaffConsole console, StaffCalls calls, Clock wall,
            LongSupplier clock) {
        I18n staffText = new I18n(i18n.language());
        screen = new StaffScreen(staffText, console, calls, wall, clock);
        KioskTheme.applyScript(screen, staffText.language().script());
        corner.setId("staff-corner");
        corner.getStyleClass().add("staff-corner");
        notice = new CallNotice(i18n, calls);
        layer.getChildren().add(screen);
        hash.ifPresent(pin -> {
            StaffPinPrompt prompt = new StaffPinPrompt(staffText, pin, screen::open, clock);
            KioskTheme.applyScript(prompt, staffText.language().script());
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

    /** The notice of a waiting staff call; goes in the top bar ({@code KioskScreen.addTopControl}). */
    public Node callNotice() {
        return notice;
    }

    /** Goes over the whole screen ({@code KioskScreen.addLayer}). */
    public Node layer() {
        return layer;
    }

    /** Opens the staff screen as the right PIN does: for the gallery, which has no PIN to type. */
    void openScreen() {
        screen.open();
    }

    StaffScreen screen() {
        return screen;
    }
}
