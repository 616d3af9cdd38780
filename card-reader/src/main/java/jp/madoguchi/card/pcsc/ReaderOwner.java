package jp.madoguchi.card.pcsc;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.smartcardio.CardTerminal;
import jp.madoguchi.card.apdu.ApduTraceEntry;
import jp.madoguchi.card.apdu.ApduTransports;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single thread that does all card I/O for one reader (connect, transmit, exclusive, disconnect), as
 * SunPCSC's shared Card and thread-bound transactions require. It keeps the connection between works while
 * the card stays in; any removal-type fault drops it. No timeout is put on work: PIN entry can take minutes.
 * Once closed it takes no more work: a card leaving while the kiosk shuts down must not reach a stopped thread.
 */
final class ReaderOwner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderOwner.class);
    private final String reader;
    private final Supplier<CardTerminal> terminal;
    private final Consumer<ApduTraceEntry> trace;
    private final Runnable serviceLost;
    private final ExecutorService thread;
    private PcscTransport connection; // owner thread only
    private volatile boolean closed;

    /** @param serviceLost told when this reader's I/O finds PC/SC gone, so the monitor recovers at once */
    ReaderOwner(String reader, Supplier<CardTerminal> terminal, Consumer<ApduTraceEntry> trace,
            Runnable serviceLost) {
        this.reader = reader;
        this.serviceLost = serviceLost;
        this.terminal = terminal;
        this.trace = trace;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reader-" + reader);
            t.setDaemon(true);
            return t;
        });
    }

    <T> CompletableFuture<T> submit(CardWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        boolean accepted = execute(() -> {
            try {
                result.complete(runNow(work));
            } catch (CardFaultException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                // A bug in the work must not kill the owner thread or leave the connection in doubt.
                disconnect();
                result.completeExceptionally(e);
            }
        });
        if (!accepted) {
            result.completeExceptionally(new CardFaultException(new CardFault.ReaderGone(reader)));
        }
        return result;
    }

    /** Reads the ATR (connecting if needed); null when no card answers. */
    CompletableFuture<String> probeAtr() {
        return submit(session -> session.atr());
    }

    /** Drops the connection, e.g. after the monitor saw the card leave. */
    void disconnectLater() {
        execute(this::disconnect);
    }

    /** False when closed: the work is not run. */
    private boolean execute(Runnable task) {
        if (closed) {
            return false;
        }
        try {
            thread.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            // close() ran between the check and execute(): the connection goes with the thread anyway
            LOG.debug("reader {} closed while work was handed to it", reader);
            return false;
        }
    }

    private <T> T runNow(CardWork<T> work) throws CardFaultException {
        PcscTransport transport = connected();
        try {
            return transport.exclusive(raw -> work.run(new CardSession(reader,
                    ApduTransports.standard(raw, trace), Hex.of(raw.atr()), raw)));
        } catch (CardFaultException e) {
            if (endsSession(e.fault())) {
                disconnect();
            }
            if (e.fault() instanceof CardFault.ServiceDown) {
                serviceLost.run();
            }
            throw e;
        }
    }

    private PcscTransport connected() throws CardFaultException {
        if (connection == null) {
            CardTerminal t = terminal.get();
            if (t == null) {
                throw new CardFaultException(new CardFault.ReaderGone(reader));
            }
            connection = PcscTransport.connect(t);
        }
        return connection;
    }

    /** Drops the connection; an unresponsive card is reset by the disconnect and reconnected by the next work. */
    private static boolean endsSession(CardFault fault) {
        return fault instanceof CardFault.CardRemoved || fault instanceof CardFault.Unresponsive
                || fault instanceof CardFault.ReaderGone
                || fault instanceof CardFault.ServiceDown || fault instanceof CardFault.Unexpected;
    }

    private void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.execute(this::disconnect);
        thread.shutdown();
    }
}
