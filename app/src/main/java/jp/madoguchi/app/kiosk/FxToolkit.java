package jp.madoguchi.app.kiosk;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import jp.madoguchi.ui.fonts.KioskFonts;

/**
 * The JavaFX toolkit, started on its own thread as soon as the process knows it will show the kiosk, so the
 * toolkit's start and the bundled fonts' loading overlap each other and the session's (configuration, journal,
 * rules, readers) instead of following it. The fonts are registered before any control exists (JavaFX picks its
 * default font then): the toolkit counts as started only once they are.
 */
public final class FxToolkit {
    private static final AtomicReference<FxToolkit> EARLY = new AtomicReference<>();
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private FxToolkit() {}

    /** Starts the toolkit in the background and returns at once. */
    public static FxToolkit startInBackground() {
        FxToolkit toolkit = new FxToolkit();
        // The bundled fonts (a 19 MB CJK collection among them) are read and registered on a thread of their own
        // while the toolkit starts; the toolkit counts as started once both are done, before any control exists.
        CompletableFuture<Void> fonts = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                KioskFonts.loadOnce();
                fonts.complete(null);
            } catch (RuntimeException | Error e) {
                fonts.completeExceptionally(e);
            }
        }, "fx-fonts-load");
        loader.setDaemon(true);
        Thread starter = new Thread(() -> {
            try {
                Platform.setImplicitExit(false);
                Platform.startup(() -> fonts.whenComplete((done, failed) -> {
                    if (failed != null) {
                        toolkit.started.completeExceptionally(failed);
                    } else {
                        toolkit.started.complete(null);
                    }
                }));
            } catch (RuntimeException | Error e) {
                toolkit.started.completeExceptionally(e);
            }
        }, "fx-toolkit-start");
        starter.setDaemon(true);
        starter.start();
        loader.start();
        return toolkit;
    }

    /**
     * From {@code main}, before the command line is parsed (picocli builds every command first): when the command
     * is the kiosk ({@code madoguchi} or {@code madoguchi kiosk ...}, not its help) and there is a display, the
     * toolkit starts now, and the kiosk command takes it over ({@link #takeEarlyOrStart}). Only the toolkit: no
     * window opens before the kiosk's session is built.
     */
    public static void startEarlyFor(String[] args) {
        List<String> line = List.of(args);
        boolean kiosk = line.isEmpty() || line.get(0).equals("kiosk");
        boolean help = line.stream().anyMatch(a -> List.of("-h", "--help", "-V", "--version").contains(a));
        if (kiosk && !help && hasDisplay()) {
            EARLY.set(startInBackground());
        }
    }

    /** The toolkit {@link #startEarlyFor} started, else one started now. */
    public static FxToolkit takeEarlyOrStart() {
        FxToolkit early = EARLY.getAndSet(null);
        return early != null ? early : startInBackground();
    }

    /** What the kiosk command requires before it starts the toolkit itself: a display, or Monocle. */
    private static boolean hasDisplay() {
        return !System.getProperty("os.name", "").startsWith("Linux") || !isBlank(System.getenv("DISPLAY"))
                || !isBlank(System.getenv("WAYLAND_DISPLAY")) || "Monocle".equals(System.getProperty("glass.platform"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
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
