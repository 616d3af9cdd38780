package jp.madoguchi.ui.gallery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.screenshot.Screenshots;
import jp.madoguchi.ui.theme.DisplayMode;
import jp.madoguchi.ui.theme.KioskTheme;

/** Renders the {@link StepGallery} through a real {@link KioskScreen} to PNG files, one per shot. */
public final class GalleryRenderer {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private GalleryRenderer() {}

    /** A kiosk screen on a themed 1920 × 1080 scene, with the display {@code modes} on; its actions go nowhere. */
    public record Stage(KioskScreen screen, Scene scene) {
        public static Stage of(KioskLanguage language, Set<DisplayMode> modes) {
            I18n i18n = new I18n(language);
            KioskScreen screen = new KioskScreen(i18n, action -> { }, new Region());
            modes.forEach(mode -> screen.display().set(mode, true));
            Scene scene = new Scene(screen.root(), WIDTH, HEIGHT);
            KioskTheme.install(scene, i18n);
            return new Stage(screen, scene);
        }
    }

    /**
     * Writes {@code folder/<shot>.png} for every shot in {@code language}; returns the files in order. FX thread
     * only (the fonts must be loaded, which {@link KioskTheme#install} does). Actions go nowhere: no visit runs.
     */
    public static List<Path> render(KioskLanguage language, Path folder) throws IOException {
        return render(language, folder, Set.of(), shot -> true);
    }

    /** The shots {@code chosen} picks, with the display {@code modes} on (見やすさ). */
    public static List<Path> render(KioskLanguage language, Path folder, Set<DisplayMode> modes,
            Predicate<StepGallery.Shot> chosen) throws IOException {
        Stage stage = Stage.of(language, modes);
        KioskScreen screen = stage.screen();
        Scene scene = stage.scene();
        List<Path> written = new ArrayList<>();
        for (StepGallery.Shot shot : StepGallery.shots(new Language(language.tag())).stream().filter(chosen)
                .toList()) {
            screen.show(shot.snapshot());
            written.add(Screenshots.write(scene, folder.resolve(shot.name() + ".png")));
        }
        return written;
    }
}
