package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.kiosk.FxToolkit;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.KioskLauncher;
import jp.madoguchi.app.kiosk.KioskSession;
import jp.madoguchi.app.output.journal.JournalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./madoguchi} and {@code ./madoguchi kiosk}: the touchscreen kiosk, on a PC/SC reader or the virtual card. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = {"Start the touchscreen kiosk: full screen, no way out for the resident (staff: 5 quick taps"
                + " in the top-left corner, then the staff PIN).",
            "Uses the first PC/SC reader; with none (or pcscd down) it runs on the in-process virtual card with a"
                + " panel to place and remove a fixture holder's card."})
public final class KioskCommand implements Callable<Integer> {
    @Option(names = "--windowed", description = "A normal window (development) instead of the full screen.")
    boolean windowed;

    @Option(names = "--reader", paramLabel = "NAME", description = "Use this PC/SC reader.")
    String reader;

    @Option(names = "--virtual", description = "Use the in-process virtual card even if a reader is attached.")
    boolean virtual;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule files (default: the bundled samples).")
    Path rules;

    @Option(names = "--locale", paramLabel = "TAG", description = "The kiosk's home language, e.g. en, zh-CN,"
            + " ja-EASY (default: ja): the attract screen's, and the one every visit returns to; overrides the"
            + " configuration's 'language'.")
    String locale;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (see"
            + " config/kiosk.sample.yaml); built-in defaults without it.")
    Path config;

    @Override
    public Integer call() throws Exception {
        if (noDisplay()) {
            Utf8.stderr().println("kiosk: no display (DISPLAY is not set). Start the kiosk from the kiosk's graphical"
                    + " session, or try it on a server with:\n  sudo apt-get install xvfb libgtk-3-0 && "
                    + "xvfb-run -a -s \"-screen 0 1920x1080x24\" ./madoguchi\n"
                    + "(./madoguchi screenshots OUT renders every screen without a display.)");
            return 2;
        }
        // The toolkit and the fonts start first (from main, before the command line was parsed), while the
        // configuration is read and the session built: the attract screen is up sooner. No window opens before the
        // session is there.
        FxToolkit toolkit = FxToolkit.takeEarlyOrStart();
        try {
            return run(toolkit);
        } finally {
            toolkit.exit();
        }
    }

    private int run(FxToolkit toolkit) throws Exception {
        KioskConfig settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException | IOException e) {
            Utf8.stderr().println("kiosk: " + e.getMessage());
            return 2;
        }
        CardSource cards;
        if (settings.kioskMode().fallsBack()) {
            cards = CardSource.choose(virtual, Optional.ofNullable(reader).or(settings::readerName));
        } else if (virtual) {
            Utf8.stderr().println("kiosk: --virtual is for the demo; " + settings.kioskMode().id()
                    + " mode never runs on the virtual card");
            return 2;
        } else {
            // An unnamed reader is a configuration outage: the kiosk starts out of service and says so.
            cards = CardSource.pcsc(Optional.ofNullable(reader).or(settings::readerName).orElse(""));
        }
        Optional<KioskSession> opened = open(settings, cards, Clock.system(ZoneId.of("Asia/Tokyo")),
                new PrintWriter(Utf8.stderr(), true));
        if (opened.isEmpty()) {
            return 2;
        }
        try (KioskSession session = opened.get()) {
            new KioskLauncher(session).run(toolkit, windowed);
        }
        return 0;
    }

    /** The session, or empty after one line on {@code err} saying why the kiosk cannot start. */
    static Optional<KioskSession> open(KioskConfig settings, CardSource cards, Clock clock, PrintWriter err) {
        try {
            return Optional.of(KioskSession.open(settings, cards, clock));
        } catch (IOException | JournalException | IllegalArgumentException e) {
            // A garbage journal, an unreadable rules or trust directory: the operator fixes the file and restarts.
            cards.readers().close();
            err.println("kiosk: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The configuration file's settings (or the defaults) with this command line's overrides. */
    KioskConfig settings() throws IOException {
        return KioskConfig.load(Optional.ofNullable(config)).with(rules, locale);
    }

    /** JavaFX on Linux needs an X server (or XWayland); without one it fails deep inside the toolkit. */
    private static boolean noDisplay() {
        return System.getProperty("os.name", "").startsWith("Linux") && isBlank(System.getenv("DISPLAY"))
                && isBlank(System.getenv("WAYLAND_DISPLAY")) && !"Monocle".equals(System.getProperty("glass.platform"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
