package jp.madoguchi.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.KioskLauncher;
import jp.madoguchi.app.kiosk.KioskSession;
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

    @Option(names = "--locale", paramLabel = "TAG", description = "Language at start, e.g. en, zh-CN, ja-EASY"
            + " (each visit's reset returns to Japanese).")
    String locale;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (see"
            + " config/kiosk.sample.yaml); built-in defaults without it.")
    Path config;

    @Override
    public Integer call() throws Exception {
        KioskConfig settings;
        try {
            settings = KioskConfig.load(Optional.ofNullable(config)).with(rules, locale);
        } catch (IllegalArgumentException | IOException e) {
            Utf8.stderr().println("kiosk: " + e.getMessage());
            return 2;
        }
        CardSource cards = CardSource.choose(virtual, Optional.ofNullable(reader));
        try (KioskSession session = KioskSession.open(settings, cards, Clock.system(ZoneId.of("Asia/Tokyo")))) {
            new KioskLauncher(session).run(windowed);
        }
        return 0;
    }
}
