package jp.madoguchi.ui.gallery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Scene;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.screenshot.Screenshots;
import jp.madoguchi.ui.staff.StaffGallery;
import jp.madoguchi.ui.theme.DisplayMode;
import jp.madoguchi.ui.theme.KioskTheme;

/**
 * Renders the {@link StepGallery} through a real {@link KioskScreen} to PNG files, one per shot, then the staff side
 * over the same screen ({@link StaffGallery}: the call-staff key pressed, the staff screen).
 */
public final class GalleryRenderer {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private GalleryRenderer() {}

    /**
     * A kiosk screen on a themed 1920 × 1080 scene with the staff side over it, with the display {@code modes} on;
     * its actions go nowhere.
     */
    public record Stage(KioskScreen screen, Scene scene, StaffGallery staff) {
        public static Stage of(KioskLanguage language, Set<DisplayMode> modes) {
            I18n i18n = new I18n(language);
            StaffGallery staff = new StaffGallery(i18n);
            KioskScreen screen = new KioskScreen(i18n, action -> { }, staff.corner(), staff.calls());
            screen.addLayer(staff.layer());
            screen.addTopControl(staff.callNotice());
            modes.forEach(mode -> screen.display().set(mode, true));
            Scene scene = new Scene(screen.root(), WIDTH, HEIGHT);
            KioskTheme.install(scene, i18n);
            return new Stage(screen, scene, staff);
        }
    }

    /**
     * Writes {@code folder/<shot>.png} for every shot in {@code language}; returns the files in order. FX thread
     * only (the fonts must be loaded, which {@link KioskTheme#install} does). Actions go nowhere: no visit runs.
     */
    public static List<Path> render(KioskLanguage language, Path folder) throws IOException {
        Stage stage = Stage.of(language, Set.of());
        List<Path> written = render(stage, language, folder, shot -> true);
        for (StaffGallery.Shot shot : stage.staff().shots(stage.screen(), new Language(language.tag()),
                written.size() + 1L)) {
            shot.prepare().run();
            written.add(Screenshots.write(stage.scene(), folder.resolve(shot.name() + ".png")));
        }
        return written;
    }

    /** The shots {@code chosen} picks, with the display {@code modes} on (見やすさ). */
    public static List<Path> render(KioskLanguage language, Path folder, Set<DisplayMode> modes,
            Predicate<StepGallery.Shot> chosen) throws IOException {
        return render(Stage.of(language, modes), language, folder, chosen);
    }

    private static List<Path> render(Stage stage, KioskLanguage language, Path folder,
            Predicate<StepGallery.Shot> chosen) throws IOException {
        List<Path> written = new ArrayList<>();
        for (StepGallery.Shot shot : StepGallery.shots(new Language(language.tag())).stream().filter(chosen)
                .toList()) {
            stage.screen().show(shot.snapshot());
            written.add(Screenshots.write(stage.scene(), folder.resolve(shot.name() + ".png")));
        }
        return written;
    }
}
