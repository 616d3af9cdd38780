package jp.madoguchi.app.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import jp.madoguchi.app.kiosk.StartupProbe;

/**
 * The yardstick of {@code bench startup}: the smallest JavaFX program with a window, on the same JVM and toolkit
 * settings as the kiosk. It says ready the same way the kiosk does ({@link StartupProbe}), then exits.
 */
public final class HelloFx {
    private HelloFx() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            // A shape, not text: the yardstick must not depend on which fonts the machine happens to have.
            StackPane root = new StackPane(new Rectangle(400, 200, Color.STEELBLUE));
            root.setId("hello");
            Stage stage = new Stage();
            stage.setScene(new Scene(root, 1920, 1080));
            stage.show();
            StartupProbe.whenShown(root, "#hello", Platform::exit);
        });
    }
}
