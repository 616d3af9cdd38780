package jp.madoguchi.ui.staff;

import java.util.concurrent.CompletableFuture;

/**
 * The call's signal outside the screen, as configured: a lamp, a buzzer, a message to an office. Both methods return
 * at once; the future completes off the FX thread, exceptionally with what went wrong (for the staff screen and the
 * log). {@link #NONE} when only the on-screen notice is configured.
 */
public interface CallSignal {
    CallSignal NONE = answered(false);

    /**
     * A signal whose raising and lowering succeed at once: {@link #NONE} when {@code present} is false; with true, a
     * lamp that always lights (the gallery's staff screen shows the signal as sent).
     */
    static CallSignal answered(boolean present) {
        return new CallSignal() {
            @Override
            public boolean present() {
                return present;
            }

            @Override
            public CompletableFuture<Void> raise() {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> lower() {
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    /** Whether anything is configured outside the screen. */
    boolean present();

    /** A resident called: turn the lamp on, sound the buzzer. */
    CompletableFuture<Void> raise();

    /** Staff answered the call: turn the lamp off (nothing when no command is configured for it). */
    CompletableFuture<Void> lower();
}
