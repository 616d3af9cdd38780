package jp.madoguchi.ui.voice;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The voice keys of a USB numeric keypad (and the same keys on a keyboard): {@code /} turns guidance on or off,
 * {@code *} repeats the screen, {@code +} and {@code -} set the volume. The digits, Enter and Backspace are left to
 * the screen. The keys sit where a blind resident finds them by touch, above the digits.
 */
public final class VoiceKeys {
    private static final Map<KeyCode, Command> COMMANDS = Map.of(
            KeyCode.DIVIDE, Command.TOGGLE, KeyCode.SLASH, Command.TOGGLE,
            KeyCode.MULTIPLY, Command.REPEAT, KeyCode.ASTERISK, Command.REPEAT,
            KeyCode.ADD, Command.LOUDER, KeyCode.PLUS, Command.LOUDER,
            KeyCode.SUBTRACT, Command.SOFTER, KeyCode.MINUS, Command.SOFTER);

    enum Command { TOGGLE, REPEAT, LOUDER, SOFTER }

    private VoiceKeys() {}

    /** Sends the voice keys pressed anywhere on {@code scene} to {@code guide}; FX thread. */
    public static void attach(Scene scene, VoiceGuide guide) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Command command = COMMANDS.get(event.getCode());
            if (command == null) {
                return;
            }
            event.consume();
            switch (command) {
                case TOGGLE -> guide.toggle();
                case REPEAT -> guide.repeat();
                case LOUDER -> guide.louder();
                case SOFTER -> guide.softer();
            }
        });
    }
}
