package jp.madoguchi.app.output.printing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.app.output.printing.cups.CupsPrinter;

/** The printer a configuration names: a CUPS queue, or the embedded spool printer when none is configured. */
public final class Printers {
    /** Certificates can take over two minutes to print on a multicopy machine; beyond three, something is wrong. */
    public static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);

    private Printers() {}

    public static Printer configured(Optional<String> queue, Path spool, URI cups) {
        return queue.<Printer>map(name -> new CupsPrinter(name, cups, JOB_TIMEOUT))
                .orElseGet(() -> new SpoolPrinter(spool));
    }
}
