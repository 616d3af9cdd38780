package jp.madoguchi.app.output.payment.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.output.payment.socket.LineReader;
import jp.madoguchi.app.output.payment.socket.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cash-unit daemon for tests and the {@code payment-simulator} command: listens on a Unix socket, serves one kiosk
 * at a time, and plays a {@link SimulatorScript}. Everything the unit does runs on one thread in order, so a script's
 * {@code wait} delays what follows it exactly as a slow resident or a slow mechanism would.
 */
public final class PaymentSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentSimulator.class);

    private final Path socket;
    private final ServerSocketChannel server;
    private final ExecutorService unitThread = Executors.newSingleThreadExecutor(r -> daemon(r, "payment-unit"));
    private final SimulatedUnit unit;
    private final Thread acceptor;
    private volatile boolean closed;

    private PaymentSimulator(Path socket, ServerSocketChannel server, SimulatedUnit unit) {
        this.socket = socket;
        this.server = server;
        this.unit = unit;
        this.acceptor = daemon(this::serve, "payment-simulator");
    }

    /** Listens on {@code socket} (a stale socket file is replaced); {@code delay} is the default demand's pause. */
    public static PaymentSimulator start(Path socket, List<SimulatorScript.Rule> rules, Duration delay)
            throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        PaymentSimulator simulator = new PaymentSimulator(socket, server, new SimulatedUnit(rules, delay));
        simulator.acceptor.start();
        LOG.info("Payment simulator listening on {}", socket);
        return simulator;
    }

    /** A line from stdin: a rule to add, or commands to run now (in turn with everything else the unit does). */
    public void command(String line) {
        Optional<SimulatorScript.Line> parsed = SimulatorScript.parseLine(line);
        parsed.ifPresent(p -> later(() -> unit.typed(p)));
    }

    /** The kiosk's commands received so far, by type, in order (for tests). */
    public List<String> received() {
        return unit.received();
    }

    /** What the unit holds now: {@code idle}, {@code collecting V-… 200/350} or {@code faulted jam}. */
    public String describe() {
        return call(unit::describe);
    }

    /** Waits until everything queued for the unit so far has been done. */
    public void settle() {
        call(() -> "");
    }

    private String call(java.util.concurrent.Callable<String> question) {
        try {
            return unitThread.submit(question).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the simulated unit did not answer", e);
        }
    }

    private void serve() {
        while (!closed) {
            try (SocketChannel client = server.accept()) {
                later(() -> unit.connected(client));
                LineReader lines = new LineReader(client);
                while (true) {
                    Optional<String> line = lines.next();
                    Optional<JsonNode> message = line.flatMap(Wire::parse);
                    if (message.isPresent()) {
                        later(() -> unit.onKiosk(message.get()));
                    } else {
                        LOG.warn("Simulator: the kiosk sent a line that is not a message; ignored");
                    }
                }
            } catch (IOException e) {
                if (!closed) {
                    LOG.info("Simulator: kiosk connection ended ({})", e.getMessage());
                }
            }
            later(unit::disconnected);
        }
    }

    /** Queues work for the unit; after {@link #close} there is no unit left to do it. */
    private void later(Runnable work) {
        try {
            unitThread.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Simulator closed; dropped work for the unit");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Simulator: closing the socket: {}", e.getMessage());
        }
        later(unit::hangUp);
        unitThread.shutdown();
        try {
            acceptor.join(5000);
            unitThread.awaitTermination(5, TimeUnit.SECONDS);
            Files.deleteIfExists(socket);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("Simulator: removing {}: {}", socket, e.getMessage());
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
