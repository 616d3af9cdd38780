package jp.madoguchi.app.testsupport.cups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The private cupsd's files: what today's CUPS accepts, and what a refusal looks like to whoever runs the tests. */
class CupsdConfigTest {
    @TempDir
    Path dir;

    @BeforeEach
    void write() throws IOException {
        Files.createDirectories(dir.resolve("etc"));
        CupsdConfig.write(dir, dir.resolve("cups.sock"), 40631);
    }

    /** CUPS 2.4.2-3+deb12u10 refuses a directive without a value; no line may lean on an older, lenient parser. */
    @Test
    void everyDirectiveCarriesAValue() throws IOException {
        for (String file : List.of("cups-files.conf", "cupsd.conf")) {
            List<String> lines = Files.readAllLines(dir.resolve("etc").resolve(file));
            assertThat(lines).isNotEmpty();
            assertThat(lines.stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("</")))
                    .as(file).allSatisfy(line -> assertThat(line).matches("<?\\S+\\s+\\S.*"));
        }
    }

    @Test
    void thePrintcapStaysInThePrivateDirectory() throws IOException {
        assertThat(Files.readAllLines(dir.resolve("etc").resolve("cups-files.conf")))
                .contains("Printcap " + dir.resolve("state").resolve("printcap"))
                .noneMatch(l -> l.contains("/etc/printcap"));
    }

    @Test
    @RequiresCups
    void theInstalledCupsdTakesTheFiles() throws IOException {
        CupsdConfig.check(dir.resolve("etc"));
    }

    @Test
    @RequiresCups
    void aRefusalStopsTheStartWithCupsdsOwnMessage() throws IOException {
        Files.writeString(dir.resolve("etc").resolve("cups-files.conf"), "FileDevice maybe\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> CupsdConfig.check(dir.resolve("etc")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("refuses the private configuration")
                .hasMessageContaining("Unknown boolean value maybe on line")
                .hasMessageContaining("cups-files.conf");
    }
}
