package jp.madoguchi.app.output.printing;

import java.time.Duration;
import jp.madoguchi.app.output.OutputSettings;
import jp.madoguchi.app.output.printing.cups.CupsPrinter;

/** The printer the settings name: a CUPS queue, or the embedded spool printer when none is configured. */
public final class Printers {
    /** Certificates can take over two minutes to print on a multicopy machine; beyond three, something is wrong. */
    public static final Duration JOB_TIMEOUT = Duration.ofMinutes(3);

    private Printers() {}

    public static Printer configured(OutputSettings settings) {
        return settings.printerQueue().<Printer>map(queue -> new CupsPrinter(queue, settings.cups(), JOB_TIMEOUT))
                .orElseGet(() -> new SpoolPrinter(settings.spool()));
    }
}
