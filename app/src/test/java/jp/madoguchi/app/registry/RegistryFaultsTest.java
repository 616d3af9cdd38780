package jp.madoguchi.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry that answers wrongly, slowly or not at all is unavailable, with what went wrong, and never "not
 * registered". The faulty servers here use the same TLS set-up as the real one.
 */
class RegistryFaultsTest {
    @TempDir
    Path dir;

    private HttpsServer server;
    private final List<Socket> held = new ArrayList<>();

    @BeforeEach
    void pki() throws Exception {
        RegistryTestPki.write(dir, "kiosk-test", 1);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop(0);
        }
        for (Socket socket : held) {
            socket.close();
        }
    }

    private HttpsResidentRegistry answering(int status, String body) throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        server.setHttpsConfigurator(new HttpsConfigurator(RegistryTls.server(dir.resolve(RegistryTestPki.SERVER_CERT),
                dir.resolve(RegistryTestPki.SERVER_KEY), dir.resolve(RegistryTestPki.CA))));
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return client(server.getAddress().getPort());
    }

    private HttpsResidentRegistry client(int port) throws Exception {
        return HttpsResidentRegistry.connect(new RegistryEndpoint(URI.create("https://localhost:" + port + "/"),
                dir.resolve(RegistryTestPki.KIOSK_CERT), dir.resolve(RegistryTestPki.KIOSK_KEY),
                dir.resolve(RegistryTestPki.CA), 1));
    }

    @Test
    void maintenanceIsAnOutageWithItsCode() throws Exception {
        HttpsResidentRegistry registry = answering(503, "{\"error\":\"maintenance\",\"message\":\"until 06:00\"}");

        assertThat(registry.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("HTTP 503").contains("(maintenance)"));
        assertThatThrownBy(() -> registry.findByCardSubject("JPKITEST000000000001"))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void anAnswerThatIsNotTheProtocolIsUnavailableNotEmpty() throws Exception {
        for (String body : List.of("<html>login</html>", "{}", "{\"resident\":{\"id\":\"x\"}}",
                "{\"resident\":{\"id\":\"x\",\"birthDate\":\"1990-02-30\",\"address\":\"284645\","
                        + "\"residentSince\":\"2000-01-01\",\"household\":\"h\"}}", "[1,2,3]", "")) {
            HttpsResidentRegistry registry = answering(200, body);
            assertThatThrownBy(() -> registry.find("default")).as(body)
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("GET /v1/residents/{id}");
            server.stop(0);
        }
    }

    @Test
    void anErrorCodeThatIsNotACodeIsLeftOut() throws Exception {
        HttpsResidentRegistry registry = answering(500, "{\"error\":\"見本 太郎 1978-05-05\"}");

        assertThat(registry.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("HTTP 500").doesNotContain("見本"));
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        ServerSocket silent = new ServerSocket(0, 4, java.net.InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            try {
                while (!silent.isClosed()) {
                    held.add(silent.accept());
                }
            } catch (java.io.IOException closed) {
                // the test is over
            }
        });
        accept.setDaemon(true);
        accept.start();
        try {
            HttpsResidentRegistry registry = client(silent.getLocalPort());

            String problem = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> registry.problem()).orElseThrow();

            assertThat(problem).containsAnyOf("did not answer", "timed out", "unreachable");
        } finally {
            silent.close();
        }
    }
}
