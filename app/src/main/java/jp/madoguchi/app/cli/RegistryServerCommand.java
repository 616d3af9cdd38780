package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLContext;
import jp.madoguchi.app.output.document.SampleMyNumbers;
import jp.madoguchi.app.registry.RegistryServer;
import jp.madoguchi.app.registry.RegistryTestPki;
import jp.madoguchi.app.registry.RegistryTls;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madoguchi registry-server}: the reference registry (protocol v1, docs/registry.md) over a registry file,
 * until stopped. With {@code --test-pki DIR} it makes (or reuses) a throw-away CA, server and kiosk certificate
 * there and prints the kiosk's {@code registry:} block.
 */
@Command(name = "registry-server", mixinStandardHelpOptions = true,
        description = {"Serve a registry file to kiosks over HTTPS with mutual TLS (docs/registry.md), until stopped.",
            "A stand-in for the municipality's system: for tests, demos and integration work."})
public final class RegistryServerCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE",
            description = "Registry file (YAML or JSON residents:, as docs/rules.md describes); default: the sample.")
    Path data;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8443",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; port 0 picks a free one).")
    String listen;

    @Option(names = "--certificate", paramLabel = "FILE", description = "The server's certificate (PEM).")
    Path certificate;

    @Option(names = "--key", paramLabel = "FILE", description = "The server's private key (PKCS#8 PEM).")
    Path key;

    @Option(names = "--client-ca", paramLabel = "FILE", description = "CA of the kiosks' client certificates (PEM).")
    Path clientCa;

    @Option(names = "--test-pki", paramLabel = "DIR",
            description = "Use a throw-away test PKI in DIR (made when missing) instead of the three files above.")
    Path testPki;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = Utf8.stdout();
        PrintStream err = Utf8.stderr();
        int colon = listen.lastIndexOf(':');
        if (colon < 1 || !listen.substring(colon + 1).matches("[0-9]{1,5}")) {
            err.println("registry-server: --listen must be HOST:PORT, got '" + listen + "'");
            return 2;
        }
        try {
            InMemoryResidentRegistry registry = registry();
            SSLContext tls = tls();
            RegistryServer server = RegistryServer.start(new InetSocketAddress(listen.substring(0, colon),
                    Integer.parseInt(listen.substring(colon + 1))), tls, registry, new SampleMyNumbers());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "registry-server-stop"));
            out.println("registry-server: " + registry.residents().size() + " residents on "
                    + server.url("localhost") + " (protocol v1, client certificate required; Ctrl-C stops)");
            if (testPki != null) {
                out.println(kioskBlock(server));
            }
            out.flush();
            stopped.await();
            return 0;
        } catch (IOException | GeneralSecurityException | InputException | IllegalArgumentException e) {
            err.println("registry-server: " + e.getMessage());
            return 1;
        }
    }

    private InMemoryResidentRegistry registry() throws IOException {
        if (data == null) {
            return InMemoryResidentRegistry.bundledSample();
        }
        try (InputStream in = Files.newInputStream(data)) {
            return InMemoryResidentRegistry.read(in);
        } catch (InputException e) {
            throw new InputException(data + ": " + e.getMessage());
        }
    }

    private SSLContext tls() throws IOException, GeneralSecurityException {
        if (testPki != null) {
            if (!Files.exists(testPki.resolve(RegistryTestPki.CA))) {
                RegistryTestPki.write(testPki, "kiosk-test", 30);
            }
            return RegistryTls.server(testPki.resolve(RegistryTestPki.SERVER_CERT),
                    testPki.resolve(RegistryTestPki.SERVER_KEY), testPki.resolve(RegistryTestPki.CA));
        }
        if (certificate == null || key == null || clientCa == null) {
            throw new IllegalArgumentException("give --certificate, --key and --client-ca, or --test-pki DIR");
        }
        return RegistryTls.server(certificate, key, clientCa);
    }

    private String kioskBlock(RegistryServer server) {
        Path dir = testPki.toAbsolutePath();
        return "In the kiosk's configuration:\nregistry:\n  url: " + server.url("localhost")
                + "\n  clientCertificate: " + dir.resolve(RegistryTestPki.KIOSK_CERT)
                + "\n  clientKey: " + dir.resolve(RegistryTestPki.KIOSK_KEY)
                + "\n  serverCa: " + dir.resolve(RegistryTestPki.CA);
    }
}
