package jp.madoguchi.card.testsupport.pcscd;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.SystemPcsc;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.vpcd.VpcdClient;

/**
 * A private pcscd with the vpcd reader, the virtual card's vpcd client and, when asked for, a started
 * {@link ReaderService} over SunPCSC: what a test through real PC/SC needs. A {@code @RequiresPcscStack} test gets one
 * as a parameter, started for it and stopped after it, however it ends. {@link #insert} returns once pcscd itself
 * reports the card present, so a test (or a tool it runs, OpenSC or {@code doctor}) never races pcscd's presence poll.
 */
public final class VirtualCardStack implements AutoCloseable {
    /** The first of vpcd's two readers, where the client plugs the card in. */
    public static final String READER = "Virtual PCD 00 00";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final PcscStack pcscd;
    private VpcdClient client;
    private ReaderService service;

    private VirtualCardStack(PcscStack pcscd) {
        this.pcscd = pcscd;
    }

    static VirtualCardStack start() throws IOException, InterruptedException {
        return new VirtualCardStack(PcscStack.start());
    }

    /** Puts {@code card} into the reader (replacing any card there) and waits until pcscd sees it. */
    public VirtualMyNumberCard insert(VirtualMyNumberCard card) throws InterruptedException {
        if (client == null) {
            client = new VpcdClient("localhost", pcscd.vpcdPort(), card);
            client.start();
        } else {
            client.insert(card);
        }
        awaitCard(true);
        return card;
    }

    /** Pulls the card out and waits until pcscd has seen it go. */
    public void eject() throws InterruptedException {
        client.eject();
        awaitCard(false);
    }

    /** The card's vpcd client, for tests that control it directly. */
    public VpcdClient client() {
        return client;
    }

    /** The private pcscd, for tests that kill and restart it or read its log. */
    public PcscStack pcscd() {
        return pcscd;
    }

    /**
     * The kiosk's reader service over this pcscd, started on first use (once its monitor has seen the reader as it
     * is now) and closed with the stack.
     */
    public ReaderService readers() throws InterruptedException {
        if (service == null) {
            service = new ReaderService(new SystemPcsc(), null).start();
            awaitService(client != null && client.isConnected());
        }
        return service;
    }

    /**
     * Waits, within 15 s each, until pcscd reports the card in {@link #READER} present (or absent) and, when there
     * is one, until the reader service's monitor has published it too; fails otherwise.
     */
    public void awaitCard(boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!pcscdSees(present)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("pcscd did not report the card " + (present ? "present" : "absent")
                        + " within " + WAIT);
            }
        }
        if (service != null) {
            awaitService(present);
        }
    }

    private static boolean pcscdSees(boolean present) throws InterruptedException {
        try {
            CardTerminal terminal = new SystemPcsc().shared().getTerminal(READER);
            if (terminal != null) {
                return present ? terminal.waitForCardPresent(500) : terminal.waitForCardAbsent(500);
            }
        } catch (CardFaultException | CardException | IllegalStateException notYet) {
            // pcscd (re)starting: its socket or reader is not there yet
        }
        Thread.sleep(50);
        return false;
    }

    private void awaitService(boolean present) throws InterruptedException {
        Predicate<PcscStatus> seen = s -> s.readers().stream()
                .anyMatch(r -> r.name().equals(READER) && r.cardPresent() == present);
        if (!seen.test(service.awaitStatus(seen, WAIT))) {
            throw new AssertionError("the reader service did not see the card " + (present ? "present" : "absent")
                    + " within " + WAIT);
        }
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
        if (client != null) {
            client.stop();
        }
        pcscd.close();
    }
}
