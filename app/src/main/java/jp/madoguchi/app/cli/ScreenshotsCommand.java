package jp.madoguchi.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import jp.madoguchi.ui.fonts.KioskFonts;
import jp.madoguchi.ui.gallery.GalleryRenderer;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.screenshot.HeadlessDisplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./madoguchi screenshots OUT}: every step of a visit, errors included, as 1920×1080 PNG files named after
 * the step. Headless through Monocle unless {@code --display} (e.g. under xvfb-run).
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = {"Render every step of a visit (wrong PIN, locked, card removed, unavailable certificate with"
                + " its reason, idle warning...) to OUT/<step>.png, 1920x1080."})
public final class ScreenshotsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--locale", paramLabel = "TAG", defaultValue = "ja",
            description = "Language (default: ${DEFAULT-VALUE}); 'all' writes OUT/<tag>/ for every language.")
    String locale;

    @Option(names = "--display", description = "Render on the real display (DISPLAY) instead of headless Monocle.")
    boolean display;

    @Override
    public Integer call() throws Exception {
        List<KioskLanguage> languages = languages();
        if (languages.isEmpty()) {
            Utf8.stderr().println("screenshots: unknown language '" + locale + "'");
            return 2;
        }
        if (!display) {
            HeadlessDisplay.select();
        }
        CompletableFuture<List<Path>> written = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                KioskFonts.loadOnce();
                List<Path> files = new ArrayList<>();
                for (KioskLanguage language : languages) {
                    files.addAll(GalleryRenderer.render(language, languages.size() == 1 ? out
                            : out.resolve(language.tag())));
                }
                written.complete(files);
            } catch (Exception | Error e) {
                written.completeExceptionally(e);
            }
        });
        try {
            PrintStream stdout = Utf8.stdout();
            written.get().forEach(stdout::println);
            return 0;
        } finally {
            Platform.exit();
        }
    }

    private List<KioskLanguage> languages() {
        if (locale.equalsIgnoreCase("all")) {
            return List.of(KioskLanguage.values());
        }
        return KioskLanguage.forTag(locale).map(List::of).orElse(List.of());
    }
}
