package jp.madoguchi.card.pcsc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.fault.PcscFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that lists readers and card presence every {@value #POLL_MS} ms and publishes snapshots
 * on change. It polls with non-blocking calls instead of {@code waitForChange}: pcsc-lite serialises calls
 * on SunPCSC's single context, so any blocking wait here stalls every transmit for its whole slice (seen:
 * 250 ms per APDU with 250 ms slices). pcscd itself polls readers every 400 ms, so a change is visible
 * within 0.5 s. While the service is down it keeps retrying and says so in the status.
 */
final class ReaderMonitor implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderMonitor.class);
    static final long POLL_MS = 100;
    private static final long DOWN_RETRY_MS = 500;
    /** Odd PC/SC answers (seen: SCARD_W_INSERTED_CARD from list() while pcscd settles) get retries first. */
    private static final int TRANSIENT_RETRIES = 3;
    /** Longer than an ATR probe (2 s), the longest the monitor waits on anything. */
    private static final long STOP_WAIT_MS = 3000;

    private final TerminalSource source;
    private final ReaderService service;
    private final Map<String, String> atrs = new HashMap<>();
    private volatile boolean running = true;
    private volatile boolean recoverNow;
    private Thread thread;
    private CardTerminals terminals;

    ReaderMonitor(TerminalSource source, ReaderService service) {
        this.source = source;
        this.service = service;
    }

    void start() {
        thread = new Thread(this, "reader-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    /** An owner found PC/SC gone: drop the terminals on the next loop instead of waiting for a poll to fail. */
    void recoverNow() {
        recoverNow = true;
    }

    /**
     * Stops the thread and waits for its last poll to end, so nothing it saw (a card leaving, a reader gone) reaches
     * the owners after they are closed. A PC/SC call does not heed interrupts: a stuck one is waited for a while only.
     */
    void stop() {
        running = false;
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        boolean wasDown = false;
        int transientFailures = 0;
        while (running) {
            try {
                if (recoverNow) {
                    recoverNow = false;
                    throw new CardFaultException(new CardFault.ServiceDown("lost during card I/O"));
                }
                if (terminals == null) {
                    terminals = source.terminals();
                }
                List<ReaderSnapshot> readers = poll();
                transientFailures = 0;
                service.publish(new PcscStatus(readers, readers.isEmpty() ? new CardFault.NoReaders() : null));
                if (wasDown) {
                    LOG.info("{} is back", source.describe());
                    wasDown = false;
                }
                Thread.sleep(readers.isEmpty() ? POLL_MS * 5 : POLL_MS);
            } catch (CardFaultException e) {
                if (!(e.fault() instanceof CardFault.ServiceDown) && ++transientFailures <= TRANSIENT_RETRIES) {
                    LOG.debug("transient PC/SC answer, retrying: {}", e.fault().message());
                    sleep(POLL_MS);
                    continue;
                }
                transientFailures = 0;
                wasDown = handleFault(e.fault(), wasDown);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<ReaderSnapshot> poll() throws CardFaultException, InterruptedException {
        List<CardTerminal> list;
        try {
            list = terminals.list();
        } catch (CardException | RuntimeException e) {
            CardFault fault = PcscFaults.map(e, null);
            if (fault instanceof CardFault.NoReaders) {
                return List.of(); // SunPCSC throws for "no readers": that is an empty list, not an error
            }
            throw new CardFaultException(fault, e);
        }
        List<ReaderSnapshot> readers = new ArrayList<>();
        Map<String, CardTerminal> byName = new HashMap<>();
        for (CardTerminal terminal : list) {
            byName.put(terminal.getName(), terminal);
        }
        service.terminalsChanged(byName);
        for (CardTerminal terminal : list) {
            readers.add(snapshot(terminal));
        }
        atrs.keySet().retainAll(readers.stream().map(ReaderSnapshot::name).toList());
        return readers;
    }

    private ReaderSnapshot snapshot(CardTerminal terminal) throws CardFaultException, InterruptedException {
        String name = terminal.getName();
        boolean present;
        try {
            present = terminal.isCardPresent();
        } catch (CardException | RuntimeException e) {
            CardFault fault = PcscFaults.map(e, name);
            if (fault instanceof CardFault.ReaderGone) {
                return ReaderSnapshot.empty(name);
            }
            throw new CardFaultException(fault, e);
        }
        if (!present) {
            if (atrs.remove(name) != null) {
                ReaderOwner owner = service.owner(name);
                if (owner != null) {
                    owner.disconnectLater();
                }
            }
            return ReaderSnapshot.empty(name);
        }
        return new ReaderSnapshot(name, true, atrs.computeIfAbsent(name, this::readAtr));
    }

    /** Asks the reader's owner to connect; the monitor never touches a Card itself. */
    private String readAtr(String name) {
        ReaderOwner owner = service.ensureOwner(name);
        try {
            return owner.probeAtr().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null; // card left again or does not answer: no ATR to show
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean handleFault(CardFault fault, boolean wasDown) {
        if (!wasDown) {
            LOG.warn("{}: {} — retrying every {} ms", source.describe(), fault.message(), DOWN_RETRY_MS);
        }
        service.publish(new PcscStatus(List.of(), fault));
        atrs.clear();
        terminals = null;
        service.terminalsChanged(Map.of());
        source.recover();
        sleep(DOWN_RETRY_MS);
        return true;
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
