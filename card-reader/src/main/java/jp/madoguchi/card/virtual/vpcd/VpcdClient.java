package jp.madoguchi.card.virtual.vpcd;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link VirtualMyNumberCard} into a real pcscd through vsmartcard's vpcd reader driver: the card is
 * the TCP client of vpcd (default localhost:35963, "Virtual PCD 00 00"). Connected means inserted; closing
 * the socket is a removal, so {@link #insert} of another card shows pcscd a removal and an insertion.
 *
 * <p>{@link #run()} blocks until {@link #stop()}. While vpcd is not listening (pcscd not started yet, or
 * restarted) it retries every 200 ms, logging once. Control bytes from vpcd: 00 power off, 01 power on,
 * 02 reset (no reply), 04 get ATR (reply with the ATR); longer payloads are C-APDUs answered with one frame.
 */
public final class VpcdClient implements Runnable {
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 35963;
    private static final long RETRY_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(VpcdClient.class);

    private final String host;
    private final int port;
    private final Object lock = new Object();
    private VirtualMyNumberCard card;
    private VpcdConnection connection;
    private boolean running = true;
    private final AtomicInteger refusals = new AtomicInteger();

    public VpcdClient(VirtualMyNumberCard card) {
        this(DEFAULT_HOST, DEFAULT_PORT, card);
    }

    /** @param card the card to present, or null to start with an empty reader */
    public VpcdClient(String host, int port, VirtualMyNumberCard card) {
        this.host = host;
        this.port = port;
        this.card = card;
    }

    /** Runs {@link #run()} on a daemon thread named after the endpoint. */
    public Thread start() {
        Thread thread = new Thread(this, "vpcd-client-" + port);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        boolean waitingLogged = false;
        for (VirtualMyNumberCard current = awaitCard(); current != null; current = awaitCard()) {
            VpcdConnection opened;
            try {
                opened = VpcdConnection.connect(host, port);
            } catch (IOException notListening) {
                refusals.incrementAndGet();
                if (!waitingLogged) {
                    LOG.info("vpcd is not listening on {}:{} ({}); retrying every {} ms", host, port,
                            notListening.getMessage(), RETRY_MILLIS);
                    waitingLogged = true;
                }
                pause();
                continue;
            }
            waitingLogged = false;
            if (adopt(opened, current)) {
                LOG.info("{} inserted into vpcd at {}:{}", current, host, port);
                serve(opened, current);
            } else {
                closeQuietly(opened);
            }
        }
    }

    /**
     * Serves one insertion until the card leaves. vpcd waits for an answer forever (and pcscd with it), and the
     * only failure it can report is a connection that ends; so when the card goes mute, a second connection for
     * the same card is opened first and the silent one closed after it. pcscd then gets an empty answer to the
     * transmission while its next presence poll already finds the card again: a card that stays in the reader
     * and did not answer, which is what the host must recover from by resetting it.
     */
    private void serve(VpcdConnection first, VirtualMyNumberCard current) {
        VpcdConnection connection = first;
        while (connection != null) {
            boolean mute = new VpcdSession(connection, current).serve();
            VpcdConnection replacement = mute ? replace(current) : null;
            release(connection);
            current.powerOff();
            connection = replacement;
            LOG.info(replacement != null ? "{} did not answer; its vpcd connection {}:{} was replaced"
                    : "{} removed from vpcd at {}:{}", current, host, port);
        }
    }

    private VpcdConnection replace(VirtualMyNumberCard current) {
        try {
            VpcdConnection replacement = VpcdConnection.connect(host, port);
            if (adopt(replacement, current)) {
                return replacement;
            }
            closeQuietly(replacement);
        } catch (IOException notListening) {
            LOG.info("vpcd stopped listening on {}:{} while the card was mute", host, port);
        }
        return null;
    }

    /** Ends {@link #run()}: the card is removed from the reader and no reconnection is tried. */
    public void stop() {
        synchronized (lock) {
            running = false;
            dropConnection();
            lock.notifyAll();
        }
    }

    /** Swaps the card in the reader (null = empty reader); pcscd sees a removal, then the new card. */
    public void insert(VirtualMyNumberCard newCard) {
        synchronized (lock) {
            card = newCard;
            dropConnection();
            lock.notifyAll();
        }
    }

    public void eject() {
        insert(null);
    }

    public Optional<VirtualMyNumberCard> card() {
        synchronized (lock) {
            return Optional.ofNullable(card);
        }
    }

    public boolean isConnected() {
        synchronized (lock) {
            return connection != null;
        }
    }

    /** How many times vpcd was not listening when the card tried to connect. */
    public int refusals() {
        return refusals.get();
    }

    /** Waits until vpcd accepted the card; false on timeout. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (connection == null) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }

    private VirtualMyNumberCard awaitCard() {
        synchronized (lock) {
            while (running && card == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            return running ? card : null;
        }
    }

    private boolean adopt(VpcdConnection opened, VirtualMyNumberCard current) {
        synchronized (lock) {
            if (!running || card != current) {
                return false;
            }
            connection = opened;
            lock.notifyAll();
            return true;
        }
    }

    private void release(VpcdConnection closed) {
        synchronized (lock) {
            if (connection == closed) {
                connection = null;
            }
        }
        closeQuietly(closed);
    }

    private void dropConnection() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    private void pause() {
        synchronized (lock) {
            try {
                lock.wait(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private static void closeQuietly(VpcdConnection closing) {
        try {
            closing.close();
        } catch (IOException e) {
            LOG.debug("closing the vpcd socket failed", e);
        }
    }
}
