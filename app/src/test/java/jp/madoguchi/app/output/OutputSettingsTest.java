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
    void withoutSettingsTheKioskJournalsUnderItsHomeAndSpoolsWithPreviews() {
        OutputSettings settings = OutputSettings.from(Map.of("CUPS_SERVERROOT", serverRoot.toString()), HOME);

        assertThat(settings).isEqualTo(new OutputSettings(HOME.resolve(".madoguchi/journal.db"), Optional.empty(),
                URI.create("http://localhost:631"), HOME.resolve(".madoguchi/spool"), "kiosk"));
        assertThat(Printers.configured(settings)).isInstanceOf(SpoolPrinter.class);
    }

    @Test
    void aConfiguredQueueMeansCupsAtTheServerCupsItselfIsSetTo() {
        OutputSettings settings = OutputSettings.from(Map.of("MADOGUCHI_PRINTER", "Kiosk_A4",
                "MADOGUCHI_JOURNAL", "/var/lib/madoguchi/journal.db", "CUPS_SERVER", "127.0.0.1:8631",
                "MADOGUCHI_KIOSK", "store-0412"), HOME);

        assertThat(settings.printerQueue()).contains("Kiosk_A4");
        assertThat(settings.journal()).isEqualTo(Path.of("/var/lib/madoguchi/journal.db"));
        assertThat(settings.cups()).isEqualTo(URI.create("http://127.0.0.1:8631"));
        assertThat(settings.kiosk()).isEqualTo("store-0412");
        assertThat(Printers.configured(settings)).isInstanceOf(CupsPrinter.class);
    }

    @Test
    void theFormerMadoguchiCupsNoLongerMovesTheStatusQueriesAwayFromWhereTheJobsGo() {
        OutputSettings settings = OutputSettings.from(Map.of("MADOGUCHI_CUPS", "http://print-server:631",
                "CUPS_SERVERROOT", serverRoot.toString()), HOME);

        assertThat(settings.cups()).isEqualTo(URI.create("http://localhost:631"));
    }

    @Test
    void aBlankPrinterSettingMeansNone() {
        assertThat(OutputSettings.from(Map.of("MADOGUCHI_PRINTER", " "), HOME).printerQueue()).isEmpty();
    }
}
