package jp.madoguchi.ui.gallery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.screenshot.Screenshots;
import jp.madoguchi.ui.staff.StaffGallery;
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
     * Writes {@code folder/<shot>.png} for every shot in {@code language}; returns the files in order. FX thread
     * only (the fonts must be loaded, which {@link KioskTheme#install} does). Actions go nowhere: no visit runs.
     */
    public static List<Path> render(KioskLanguage language, Path folder) throws IOException {
        I18n i18n = new I18n(language);
        StaffGallery staff = new StaffGallery(i18n);
        KioskScreen screen = new KioskScreen(i18n, action -> { }, staff.corner(), staff.calls());
        screen.addLayer(staff.layer());
        screen.addTopControl(staff.callNotice());
        Scene scene = new Scene(screen.root(), WIDTH, HEIGHT);
        KioskTheme.install(scene, i18n);
        List<Path> written = new ArrayList<>();
        List<StepGallery.Shot> steps = StepGallery.shots(new Language(language.tag()));
        for (StepGallery.Shot shot : steps) {
            screen.show(shot.snapshot());
            written.add(Screenshots.write(scene, folder.resolve(shot.name() + ".png")));
        }
        for (StaffGallery.Shot shot : staff.shots(screen, new Language(language.tag()), steps.size() + 1L)) {
            shot.prepare().run();
            written.add(Screenshots.write(scene, folder.resolve(shot.name() + ".png")));
        }
        return written;
    }
}
