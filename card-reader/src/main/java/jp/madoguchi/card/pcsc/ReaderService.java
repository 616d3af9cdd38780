package jp.madoguchi.card.pcsc;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.smartcardio.CardTerminal;
import jp.madoguchi.card.apdu.ApduTraceEntry;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * The kiosk's view of its readers: a {@link ReaderMonitor} thread publishes {@link PcscStatus} snapshots
 * only on change, and each reader gets a {@link ReaderOwner} thread for its card I/O. Callers get
 * {@link CompletableFuture}s and immutable snapshots; nothing here hands out a Card or CardChannel.
 */
public final class ReaderService implements AutoCloseable {
    private final TerminalSource source;
    private final Consumer<ApduTraceEntry> trace;
    private final Map<String, ReaderOwner> owners = new ConcurrentHashMap<>();
    private final List<Consumer<PcscStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object statusLock = new Object();
    private final ReaderMonitor monitor;
    private volatile Map<String, CardTerminal> terminals = Map.of();
    private PcscStatus status = PcscStatus.starting(); // guarded by statusLock
    private boolean polled; // guarded by statusLock: the monitor has published at least once
    private volatile boolean closed;

    /** @param trace receives every APDU exchange (PIN bodies redacted); null for none */
    public ReaderService(TerminalSource source, Consumer<ApduTraceEntry> trace) {
        SunPcscSettings.apply(); // before any terminal of any source connects
        this.source = source;
        this.trace = trace;
        this.monitor = new ReaderMonitor(source, this);
    }

    public ReaderService start() {
        monitor.start();
        return this;
    }

    public String sourceDescription() {
        return source.describe();
    }

    /** Called on the monitor thread for every change, and once with the current status on registration. */
    public void addListener(Consumer<PcscStatus> listener) {
        listeners.add(listener);
        listener.accept(status());
    }

    public PcscStatus status() {
        synchronized (statusLock) {
            return status;
        }
    }

    /** Blocks until the status satisfies {@code condition}; returns the last status either way. */
    public PcscStatus awaitStatus(Predicate<PcscStatus> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (statusLock) {
            while (!condition.test(status)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                statusLock.wait(Math.max(1, left / 1_000_000));
            }
            return status;
        }
    }

    /** Waits for the monitor's first look (readers with their ATRs, or the fault that stopped it). */
    public PcscStatus awaitFirstPoll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (statusLock) {
            while (!polled && System.nanoTime() < deadline) {
                statusLock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            return status;
        }
    }

    /** Runs card work on the reader's owner thread, inside one PC/SC transaction. */
    public <T> CompletableFuture<T> submit(String reader, CardWork<T> work) {
        ReaderOwner owner = owners.get(reader);
        if (owner == null) {
            return CompletableFuture.failedFuture(new CardFaultException(new CardFault.ReaderGone(reader)));
        }
        return owner.submit(work);
    }

    /** The monitor's latest terminals by name; owners look theirs up here instead of calling list(). */
    void terminalsChanged(Map<String, CardTerminal> current) {
        terminals = Map.copyOf(current);
    }

    /** Publishes from the monitor thread; no-op when nothing changed. */
    void publish(PcscStatus next) {
        if (closed) {
            return; // a last poll outliving close(): its owners are gone
        }
        List<String> names = next.readers().stream().map(ReaderSnapshot::name).toList();
        owners.keySet().removeIf(name -> {
            if (!names.contains(name)) {
                owners.get(name).close();
                return true;
            }
            return false;
        });
        names.forEach(this::ensureOwner);
        synchronized (statusLock) {
            boolean first = !polled;
            polled = true;
            if (next.equals(status) && !first) {
                return;
            }
            status = next;
            statusLock.notifyAll();
        }
        listeners.forEach(l -> l.accept(next));
    }

    ReaderOwner owner(String reader) {
        return owners.get(reader);
    }

    ReaderOwner ensureOwner(String reader) {
        ReaderOwner owner = owners.computeIfAbsent(reader,
                n -> new ReaderOwner(n, () -> terminal(n), trace, monitor::recoverNow));
        if (closed) {
            owner.close(); // asked for by a last poll after close(): it takes no work
        }
        return owner;
    }

    private CardTerminal terminal(String name) {
        return terminals.get(name);
    }

    @Override
    public void close() {
        closed = true;
        monitor.stop();
        owners.values().forEach(ReaderOwner::close);
        owners.clear();
    }
}
