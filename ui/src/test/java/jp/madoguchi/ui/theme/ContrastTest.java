package jp.madoguchi.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.ui.gallery.GalleryRenderer;
import jp.madoguchi.ui.gallery.StepGallery;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every text on every screen of the gallery, keys greyed out included, against what it is drawn on: at least 7:1
 * (WCAG's enhanced level), as the kiosk is read at arm's length by residents with weak eyesight. The colour of a
 * text is its fill composited by the opacity of it and its parents; its background the top fill of the nearest
 * region that paints one.
 */
@KioskFxTest
class ContrastTest {
    static final double ENHANCED = 7.0;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(value = DisplayMode.class, names = {"HIGH_CONTRAST", "LARGE_TEXT"})
    void theDisplayModesKeepItToo(DisplayMode mode, FxRobot robot) {
        everyTextOnEveryScreen(robot, Set.of(mode));
    }

    @Test
    void everyTextOnEveryScreenHasSevenToOneContrast(FxRobot robot) {
        everyTextOnEveryScreen(robot, Set.of());
    }

    private void everyTextOnEveryScreen(FxRobot robot, Set<DisplayMode> modes) {
        List<String> low = new ArrayList<>();
        robot.interact(() -> {
            GalleryRenderer.Stage stage = GalleryRenderer.Stage.of(KioskLanguage.JAPANESE, modes);
            KioskScreen screen = stage.screen();
            Scene scene = stage.scene();
            for (StepGallery.Shot shot : StepGallery.shots(Language.JAPANESE)) {
                screen.show(shot.snapshot());
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                check(shot.name(), scene.getRoot(), low);
            }
            scene.getRoot().lookup("#display-overlay").setVisible(true); // the panel of the modes itself
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            check("display-overlay", scene.getRoot().lookup("#display-overlay"), low);
        });

        assertThat(low).isEmpty();
    }

    private static void check(String shot, Node node, List<String> low) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getTextFill() instanceof Color fill
                && !labeled.getText().isBlank()) {
            Color background = background(labeled);
            Color text = over(fill, opacity(labeled), background);
            double ratio = Contrast.ratio(text, background);
            if (ratio < ENHANCED) {
                low.add(String.format("%s: \"%s\" (%s) %.2f:1", shot, labeled.getText().lines().findFirst()
                        .orElse(""), labeled.getStyleClass(), ratio));
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> check(shot, child, low));
        }
    }

    private static double opacity(Node node) {
        double opacity = 1;
        for (Node at = node; at != null; at = at.getParent()) {
            opacity *= at.getOpacity();
        }
        return opacity;
    }

    private static Color background(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region && painted(region.getBackground()) instanceof Color color) {
                return color;
            }
        }
        return Color.WHITE;
    }

    private static Object painted(Background background) {
        if (background == null || background.getFills().isEmpty()) {
            return null;
        }
        BackgroundFill top = background.getFills().get(background.getFills().size() - 1);
        return top.getFill() instanceof Color color && color.getOpacity() > 0.99 ? color : null;
    }

    private static Color over(Color fg, double alpha, Color bg) {
        double a = fg.getOpacity() * alpha;
        return new Color(fg.getRed() * a + bg.getRed() * (1 - a), fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a), 1);
    }

    @Test
    void theRatioIsWcags() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isEqualTo(21.0);
        assertThat(Contrast.ratio(Color.web("#767676"), Color.WHITE)).isBetween(4.5, 4.6);
    }
}
