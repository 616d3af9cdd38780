package jp.madoguchi.app.registry;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import jp.madoguchi.app.output.document.MyNumberSource;
import jp.madoguchi.issuance.registry.ResidentRegistry;

/**
 * The reference registry server ({@code madoguchi registry-server}): protocol v1 over HTTPS, a client certificate
 * required on every connection, over any {@link ResidentRegistry} (the sample registry, or a file). It stands in for
 * the municipality's system in tests, the demo and a vendor's integration work; it is not a registry itself.
 */
public final class RegistryServer implements AutoCloseable {
    private final HttpsServer server;
    private final ExecutorService workers;

    private RegistryServer(HttpsServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Listens on {@code address} (port 0: any free port) until closed. */
    public static RegistryServer start(InetSocketAddress address, SSLContext tls, ResidentRegistry registry,
            MyNumberSource numbers) throws IOException {
        HttpsServer server = HttpsServer.create(address, 16);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
                parameters.setNeedClientAuth(true); // no kiosk certificate, no connection
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", new RegistryHandler(registry, numbers));
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "registry-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.start();
        return new RegistryServer(server, workers);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL a kiosk configures, by host name (the test certificates name {@code localhost}). */
    public URI url(String host) {
        return URI.create("https://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
