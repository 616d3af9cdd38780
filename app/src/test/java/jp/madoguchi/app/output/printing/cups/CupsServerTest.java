package jp.madoguchi.app.output.printing.cups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kiosk finds CUPS as libcups (and so javax.print, lpr and cancel) does. */
class CupsServerTest {
    @TempDir
    Path home;
    @TempDir
    Path serverRoot;

    @ParameterizedTest(name = "CUPS_SERVER={0}, IPP_PORT={1} -> {2}")
    @CsvSource({
        "localhost,                 ,      http://localhost:631",
        "print-server:8631,         ,      http://print-server:8631",
        "print-server:8631,         9000,  http://print-server:8631",
        "print-server,              9000,  http://print-server:9000",
        "print-server/version=1.1,  ,      http://print-server:631",
        "[::1]:8631,                ,      http://[::1]:8631",
        "/run/cups/cups.sock,       ,      http://localhost:631",
        "/build/target/cups/cups.sock, 23631, http://localhost:23631",
        "/run/cups/cups.sock,       nonsense, http://localhost:631",
    })
    void fromTheEnvironment(String server, String ippPort, URI expected) {
        Map<String, String> env = new HashMap<>(Map.of("CUPS_SERVER", server, "CUPS_SERVERROOT", serverRoot.toString()));
        if (ippPort != null) {
            env.put("IPP_PORT", ippPort);
        }
        assertThat(CupsServer.from(env, home).ipp()).isEqualTo(expected);
    }

    @Test
    void clientConfServerNameWhenTheEnvironmentSaysNothingTheUsersOverTheSystems() throws IOException {
        Map<String, String> env = Map.of("CUPS_SERVERROOT", serverRoot.toString());
        assertThat(CupsServer.from(env, home).ipp()).isEqualTo(URI.create("http://localhost:631"));

        Files.writeString(serverRoot.resolve("client.conf"), "# site\nServerName print-server:8631\n");
        assertThat(CupsServer.from(env, home)).isEqualTo(new CupsServer("print-server:8631", "print-server", 8631));

        Files.createDirectories(home.resolve(".cups"));
        Files.writeString(home.resolve(".cups/client.conf"), "Encryption Never\nservername  /run/cups/cups.sock\n");
        assertThat(CupsServer.from(env, home).ipp()).isEqualTo(URI.create("http://localhost:631"));

        Map<String, String> overridden = Map.of("CUPS_SERVERROOT", serverRoot.toString(), "CUPS_SERVER", "other:631");
        assertThat(CupsServer.from(overridden, home).host()).isEqualTo("other");
    }
}
