package jp.madoguchi.ui.kiosk;

import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.theme.KioskTheme;

/**
 * Puts the kiosk on a stage. Kiosk mode: an undecorated window exactly the size of the primary screen
 * ({@code setFullScreen} does not fill the screen under a bare X server), and every close request refused, so the
 * resident has no way out; staff leave through the staff screen. Windowed mode (development): a normal window
 * showing the 1920×1080 layout scaled to fit, closing it ends the kiosk.
 */
public final class KioskWindow {
    public static final double DESIGN_WIDTH = 1920;
    public static final double DESIGN_HEIGHT = 1080;
    private static final double WINDOWED_SHARE = 0.85;

    private KioskWindow() {}

    /** FX thread only; {@code onWindowClosed} runs when a windowed kiosk's window is closed. */
    public static Scene show(Stage stage, Region root, I18n i18n, boolean windowed, Runnable onWindowClosed) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = windowed ? windowedScene(root, screen) : new Scene(root, screen.getWidth(), screen.getHeight());
        KioskTheme.install(scene, i18n);
        stage.setTitle("Madoguchi");
        stage.setScene(scene);
        if (windowed) {
            stage.setOnCloseRequest(event -> onWindowClosed.run());
        } else {
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setOnCloseRequest(event -> event.consume());
        }
        stage.show();
        return scene;
    }

    /** The design-size layout in a window that fits the screen, scaled as a whole so nothing reflows. */
    private static Scene windowedScene(Region root, Rectangle2D screen) {
        double scale = Math.min(1, WINDOWED_SHARE * Math.min(screen.getWidth() / DESIGN_WIDTH,
                screen.getHeight() / DESIGN_HEIGHT));
        root.setMinSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        root.setMaxSize(DESIGN_WIDTH, DESIGN_HEIGHT);
        root.getTransforms().add(new Scale(scale, scale, 0, 0));
        Parent scaled = new Group(root);
        return new Scene(scaled, DESIGN_WIDTH * scale, DESIGN_HEIGHT * scale);
    }
}
