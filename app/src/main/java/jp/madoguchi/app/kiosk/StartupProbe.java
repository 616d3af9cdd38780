package jp.madoguchi.app.kiosk;

import java.io.PrintStream;
import javafx.animation.AnimationTimer;
import javafx.scene.Parent;

/**
 * For {@code bench startup}: once a node matching {@code selector} is on screen (laid out and drawn in a pulse),
 * prints {@link #READY} on stdout and runs {@code then}. Off unless the JVM was started with
 * {@code -Dmadoguchi.bench.startupProbe=true}.
 */
public final class StartupProbe {
    public static final String PROPERTY = "madoguchi.bench.startupProbe";
    public static final String READY = "MADOGUCHI-READY";

    private StartupProbe() {}

    /** FX thread only. */
    public static void whenShown(Parent root, String selector, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (root.lookup(selector) != null && root.getScene() != null && root.getScene().getWindow() != null
                        && root.getScene().getWindow().isShowing()) {
                    stop();
                    PrintStream out = System.out;
                    out.println(READY);
                    out.flush();
                    then.run();
                }
            }
        }.start();
    }
}
