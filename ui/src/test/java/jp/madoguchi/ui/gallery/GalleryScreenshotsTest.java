package jp.madoguchi.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.staff.StaffGallery;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Renders every step of the gallery and the staff side (the call-staff key, the staff screen) to
 * {@code target/screenshots/gallery/<tag>/} through the real kiosk screen, for a person to look at, and checks each
 * is a full-size picture named after its step.
 */
@KioskFxTest
class GalleryScreenshotsTest {
    private static final Path FOLDER =
            Path.of(System.getProperty("madoguchi.screenshots.dir", "target/screenshots"), "gallery");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(value = KioskLanguage.class, names = {"JAPANESE", "ENGLISH", "VIETNAMESE", "EASY_JAPANESE", "THAI",
            "NEPALI"})
    void rendersEveryStepToAFileNamedAfterIt(KioskLanguage language, FxRobot robot) throws IOException {
        AtomicReference<List<Path>> written = new AtomicReference<>();
        robot.interact(() -> {
            try {
                written.set(GalleryRenderer.render(language, FOLDER.resolve(language.tag())));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(written.get()).extracting(path -> path.getFileName().toString())
                .contains("attract.png", "pin-entry--wrong-pin.png", "pin-locked.png", "aborted--card-removed.png",
                        "choose-certificate.png", "idle-warning.png", "issue-failed--staff-called.png", "staff.png",
                        "staff--test-read.png", "staff--exit-confirmation.png")
                .hasSize(StepGallery.shots(new jp.madoguchi.issuance.visit.Language("ja")).size()
                        + StaffGallery.NAMES.size());
        BufferedImage first = ImageIO.read(written.get().get(0).toFile());
        assertThat(first.getWidth()).isEqualTo((int) GalleryRenderer.WIDTH);
        assertThat(first.getHeight()).isEqualTo((int) GalleryRenderer.HEIGHT);
    }
}
