package jp.madoguchi.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.output.printing.Printers;
import jp.madoguchi.app.output.printing.SpoolPrinter;
import jp.madoguchi.app.output.printing.cups.CupsPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSettingsTest {
    private static final Path HOME = Path.of("/home/kiosk");

    /** An empty CUPS configuration directory, so the machine's /etc/cups/client.conf plays no part. */
    @TempDir
    Path serverRoot;

    @Test
    void withoutSettingsCupsIsLocalAndTheKioskIsCalledKiosk() {
        OutputSettings settings = OutputSettings.from(Map.of("CUPS_SERVERROOT", serverRoot.toString()), HOME);

        assertThat(settings).isEqualTo(new OutputSettings(URI.create("http://localhost:631"), "kiosk"));
    }

    @Test
    void cupsIsWhereCupsItselfIsSetToAndTheKioskIdComesFromTheEnvironment() {
        OutputSettings settings = OutputSettings.from(Map.of("CUPS_SERVER", "127.0.0.1:8631",
                "MADOGUCHI_KIOSK", "store-0412"), HOME);

        assertThat(settings.cups()).isEqualTo(URI.create("http://127.0.0.1:8631"));
        assertThat(settings.kiosk()).isEqualTo("store-0412");
    }

    /** One set of paths: the configuration's journal, printer and spool, whatever the retired variables say. */
    @Test
    void theRetiredVariablesMoveNothing() {
        OutputSettings settings = OutputSettings.from(Map.of("MADOGUCHI_CUPS", "http://print-server:631",
                "MADOGUCHI_PRINTER", "Kiosk_A4", "MADOGUCHI_JOURNAL", "/tmp/elsewhere.db",
                "CUPS_SERVERROOT", serverRoot.toString()), HOME);

        assertThat(settings).isEqualTo(new OutputSettings(URI.create("http://localhost:631"), "kiosk"));
    }

    @Test
    void aQueueMeansCupsAndNoneTheSpoolPrinter() {
        URI cups = URI.create("http://localhost:631");
        assertThat(Printers.configured(Optional.of("Kiosk_A4"), HOME, cups)).isInstanceOf(CupsPrinter.class);
        assertThat(Printers.configured(Optional.empty(), HOME, cups)).isInstanceOf(SpoolPrinter.class);
    }
}
