package jp.madoguchi.app.output.payment.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to the daemon, kept by one thread: connect, wait for the hello, read messages until the daemon goes
 * away, then try again every {@code retry}. A line that is not a message is logged and skipped; nothing the daemon
 * sends can end the thread.
 */
final class DaemonLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonLink.class);

    private final UnixDomainSocketAddress address;
    private final Duration retry;
    private final PaymentTracker tracker;
    private final Thread thread;
    private volatile SocketChannel channel;
    private volatile String problem;
    private volatile boolean closed;

    DaemonLink(UnixDomainSocketAddress address, Duration retry, PaymentTracker tracker) {
        this.address = address;
        this.retry = retry;
        this.tracker = tracker;
        this.problem = "not connected to " + address.getPath() + ": not tried yet";
        this.thread = new Thread(this::run, "payment-device");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Not connected, or connected without a hello of this protocol yet; empty once the daemon said hello. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    synchronized void send(JsonNode message) throws IOException {
        SocketChannel now = channel;
        if (now == null || problem != null) {
            throw new IOException("not connected");
        }
        Wire.send(now, message);
    }

    /** A write failed: the reader thread will see the connection end too; close it so it does at once. */
    void drop(IOException e) {
        LOG.warn("Payment device: write failed: {}", e.getMessage());
        disconnect();
    }

    private void disconnect() {
        SocketChannel now = channel;
        if (now != null) {
            try {
                now.close();
            } catch (IOException ignored) {
                // already failing; the reader thread reports the loss
            }
        }
    }

    private void run() {
        while (!closed) {
            try (SocketChannel connected = SocketChannel.open(address)) {
                channel = connected;
                problem = "connected to " + address.getPath() + ", no hello from the device yet";
                read(new LineReader(connected));
            } catch (IOException e) {
                String why = "not connected to " + address.getPath() + ": "
                        + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
                if (!closed && !why.equals(problem)) {
                    LOG.warn("Payment device: {}", why);
                }
                problem = closed ? "closed" : why;
            } finally {
                channel = null;
                tracker.faultOpenPayment("disconnected");
            }
            pause();
        }
    }

    private void read(LineReader lines) throws IOException {
        while (!closed) {
            Optional<String> line = lines.next();
            Optional<JsonNode> message = line.flatMap(Wire::parse);
            if (line.isEmpty()) {
                LOG.warn("Payment device sent a line longer than {} bytes; skipped", Wire.MAX_LINE);
            } else if (message.isEmpty()) {
                LOG.warn("Payment device sent a line that is not a protocol message ({} bytes); skipped",
                        line.get().length());
            } else if ("hello".equals(Wire.type(message.get()))) {
                hello(message.get());
            } else if (problem == null) {
                tracker.onMessage(message.get());
            } else {
                LOG.warn("Payment device sent '{}' before its hello; ignored", Wire.type(message.get()));
            }
        }
    }

    private void hello(JsonNode hello) throws IOException {
        int version = hello.path("protocol").asInt(-1);
        if (version != Wire.PROTOCOL) {
            throw new IOException("the device speaks protocol " + hello.path("protocol") + ", this kiosk "
                    + Wire.PROTOCOL);
        }
        LOG.info("Payment device {} connected on {} (protocol {})", Wire.text(hello, "device"), address.getPath(),
                version);
        problem = null;
        // The hello carries the device's state like a status answer: a fault raised while away is seen at once.
        tracker.onMessage(((ObjectNode) hello.deepCopy()).put("type", "status"));
    }

    private void pause() {
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        disconnect();
    }
}
