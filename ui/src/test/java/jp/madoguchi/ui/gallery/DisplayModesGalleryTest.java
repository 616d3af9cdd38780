package jp.madoguchi.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.screenshot.Screenshots;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import jp.madoguchi.ui.theme.DisplayMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The display modes on every screen in the four languages the issue names: every text whole (no "…"), inside its
 * key and on the screen, and the key screens rendered to {@code target/screenshots/display/<mode>/<tag>/} for a person to look at.
 */
@KioskFxTest
class DisplayModesGalleryTest {
    private static final Path FOLDER =
            Path.of(System.getProperty("madoguchi.screenshots.dir", "target/screenshots"), "display");
    private static final Set<String> SHOWN = Set.of("attract", "pin-entry--wrong-pin", "choose-certificate",
            "confirm", "payment", "help", "take-documents", "card-problem--locked", "idle-warning", "thank-you--card-left");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(value = KioskLanguage.class, names = {"JAPANESE", "ENGLISH", "VIETNAMESE", "EASY_JAPANESE"})
    void largeTextFitsEveryScreen(KioskLanguage language, FxRobot robot) {
        for (DisplayMode mode : DisplayMode.values()) {
            List<String> cut = new ArrayList<>();
            robot.interact(() -> {
                GalleryRenderer.Stage stage = GalleryRenderer.Stage.of(language, EnumSet.of(mode, DisplayMode.LARGE_TEXT));
                KioskScreen screen = stage.screen();
                Scene scene = stage.scene();
                for (StepGallery.Shot shot : StepGallery.shots(new Language(language.tag()))) {
                    screen.show(shot.snapshot());
                    scene.snapshot(null); // a whole pulse, as a frame is drawn: texts re-break for their width
                    Screenshots.settleLayout(scene);
                    whole(shot.name(), scene.getRoot(), cut);
                }
            });

            assertThat(cut).as(mode + " with large text in " + language.tag()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = KioskLanguage.class, names = {"JAPANESE", "ENGLISH", "VIETNAMESE", "EASY_JAPANESE"})
    void rendersTheKeyScreensInEachMode(KioskLanguage language, FxRobot robot) {
        for (DisplayMode mode : DisplayMode.values()) {
            AtomicReference<List<Path>> written = new AtomicReference<>();
            robot.interact(() -> {
                try {
                    written.set(GalleryRenderer.render(language, FOLDER.resolve(mode.styleClass())
                            .resolve(language.tag()), Set.of(mode), shot -> SHOWN.contains(shot.name())));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(written.get()).hasSize(SHOWN.size());
        }
    }

    /** Every visible text shown in full and inside the 1920 × 1080 screen. */
    private static void whole(String shot, Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isBlank()) {
            // The label's own text, not one inside its graphic (the help key's "?" mark is a label of its own).
            Text shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .map(Text.class::cast).findFirst().orElse(null);
            if (shown != null && !shown.getText().equals(labeled.getText())) {
                cut.add(shot + ": cut \"" + labeled.getText().lines().findFirst().orElse("") + "\"");
            }
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            for (Node key = labeled.getParent(); key != null; key = key.getParent()) {
                if (key.getStyleClass().contains("large-key") || key.getStyleClass().contains("unavailable-tile")) {
                    Bounds edge = key.localToScene(key.getLayoutBounds());
                    if (bounds.getMaxY() > edge.getMaxY() + 1) {
                        cut.add(shot + ": out of its key \"" + labeled.getText().lines().findFirst().orElse("")
                                + "\"");
                    }
                    break;
                }
            }
            if (bounds.getMaxY() > GalleryRenderer.HEIGHT + 1 || bounds.getMaxX() > GalleryRenderer.WIDTH + 1) {
                cut.add(shot + ": off screen \"" + labeled.getText().lines().findFirst().orElse("") + "\" "
                        + bounds);
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> whole(shot, child, cut));
        }
    }
}
