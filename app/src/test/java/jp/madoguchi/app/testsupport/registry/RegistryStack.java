package jp.madoguchi.app.testsupport.registry;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import jp.madoguchi.app.output.document.SampleMyNumbers;
import jp.madoguchi.app.registry.RegistryEndpoint;
import jp.madoguchi.app.registry.RegistryServer;
import jp.madoguchi.app.registry.RegistryTestPki;
import jp.madoguchi.app.registry.RegistryTls;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.ResidentRegistry;

/**
 * The sample registry behind the reference server, as a kiosk test meets it: a test PKI in {@code directory}, the
 * server on a free loopback port, and the kiosk's {@link #endpoint()}. {@link #stop()} and {@link #start()} take it
 * away and bring it back on the same port, as a registry outage would.
 */
public final class RegistryStack implements AutoCloseable {
    private final Path pki;
    private final ResidentRegistry registry;
    private RegistryServer server;
    private int port;

    private RegistryStack(Path pki, ResidentRegistry registry) {
        this.pki = pki;
        this.registry = registry;
    }

    /** The sample registry, served. */
    public static RegistryStack sample(Path directory) throws IOException, GeneralSecurityException {
        RegistryStack stack = new RegistryStack(RegistryTestPki.write(directory.resolve("registry-pki"),
                "kiosk-test", 1), InMemoryResidentRegistry.bundledSample());
        stack.start();
        return stack;
    }

    public synchronized void start() throws IOException, GeneralSecurityException {
        if (server == null) {
            server = RegistryServer.start(new InetSocketAddress("127.0.0.1", port), RegistryTls.server(
                    pki.resolve(RegistryTestPki.SERVER_CERT), pki.resolve(RegistryTestPki.SERVER_KEY),
                    pki.resolve(RegistryTestPki.CA)), registry, new SampleMyNumbers());
            port = server.port();
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** What the kiosk configures, with a 2-second timeout so that tests of an outage finish quickly. */
    public RegistryEndpoint endpoint() {
        return new RegistryEndpoint(URI.create("https://localhost:" + port + "/"),
                pki.resolve(RegistryTestPki.KIOSK_CERT), pki.resolve(RegistryTestPki.KIOSK_KEY),
                pki.resolve(RegistryTestPki.CA), 2);
    }

    public Path pki() {
        return pki;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }
}
