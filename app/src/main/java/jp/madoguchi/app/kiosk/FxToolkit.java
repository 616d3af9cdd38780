package jp.madoguchi.app.kiosk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import jp.madoguchi.ui.fonts.KioskFonts;

/**
 * The JavaFX toolkit, started on its own thread as soon as the kiosk command knows it will show a window, so the
 * toolkit's start and the bundled fonts' loading overlap the session's (configuration, journal, rules, readers)
 * instead of following it. The fonts load on the FX thread before any control exists: JavaFX picks its default
 * font then.
 */
public final class FxToolkit {
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private FxToolkit() {}

    /** Starts the toolkit in the background and returns at once. */
    public static FxToolkit startInBackground() {
        FxToolkit toolkit = new FxToolkit();
        Thread starter = new Thread(() -> {
            try {
                Platform.setImplicitExit(false);
                Platform.startup(() -> {
                    KioskFonts.loadOnce();
                    toolkit.started.complete(null);
                });
            } catch (RuntimeException | Error e) {
                toolkit.started.completeExceptionally(e);
            }
        }, "fx-toolkit-start");
        starter.setDaemon(true);
        starter.start();
        return toolkit;
    }

    /** Blocks until the toolkit runs and the fonts are loaded; rethrows why it could not start. */
    void awaitStarted() throws InterruptedException {
        try {
            started.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the JavaFX toolkit did not start: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the toolkit, whether or not a window was shown. */
    public void exit() {
        Platform.exit();
    }
}
