package jp.madoguchi.ui.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import jp.madoguchi.ui.theme.KioskTheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Renders the sample screen to {@code target/screenshots/sample-<tag>.png} for a person to look at (tofu, clipping,
 * readability), and checks the files are real full-size pictures.
 */
@KioskFxTest
class ScreenshotsTest {
    private static final Path FOLDER = Path.of(System.getProperty("madoguchi.screenshots.dir", "target/screenshots"));

    private final I18n i18n = new I18n();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(SampleScreen.build(i18n), 1920, 1080);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(value = KioskLanguage.class, names = {
            "JAPANESE", "ENGLISH", "SIMPLIFIED_CHINESE", "KOREAN", "THAI", "NEPALI", "VIETNAMESE", "EASY_JAPANESE"})
    void writesTheSampleScreenAsAFullSizePng(KioskLanguage language, FxRobot robot) throws IOException {
        Path file = FOLDER.resolve("sample-" + language.tag() + ".png");

        robot.interact(() -> {
            i18n.setLanguage(language);
            try {
                Screenshots.write(scene, file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        assertThat(distinctColours(image)).as("a rendered screen, not a blank one").isGreaterThan(50);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
