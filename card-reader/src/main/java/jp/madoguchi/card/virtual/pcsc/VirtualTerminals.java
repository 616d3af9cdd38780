package jp.madoguchi.card.virtual.pcsc;

import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;

/**
 * In-process javax.smartcardio readers holding {@link VirtualMyNumberCard}s, driven by the test or demo:
 * {@link #addReader}, {@link #removeReader}, {@link #insert}, {@link #yank}, and scheduled pulls for
 * "removed in the middle of a read" cases. {@link #factory()} wraps it in a {@link TerminalFactory} of type
 * "PC/SC" without touching the global provider list.
 *
 * <p>It copies SunPCSC's quirks so code tested here behaves the same on a kiosk (docs/card.md, javax.smartcardio on Linux):
 * {@code list()} and {@code waitForChange} throw SCARD_E_NO_READERS_AVAILABLE when there is no reader,
 * terminals hand out one shared {@code Card}, removal surfaces as a checked SCARD_W_REMOVED_CARD and then as
 * {@code IllegalStateException}, and exclusive access is per thread. Unlike SunPCSC, a long
 * {@code waitForChange} does not stall transmits on other threads.
 */
public final class VirtualTerminals extends CardTerminals {
    private final TerminalsLock monitor = new TerminalsLock();
    private final Map<String, VirtualPcscTerminal> terminals = new LinkedHashMap<>();
    private final ChangeTracker changes = new ChangeTracker();

    /** A {@code TerminalFactory} over these readers; each call returns a new factory over the same state. */
    public TerminalFactory factory() {
        try {
            return TerminalFactory.getInstance(VirtualTerminalProvider.TYPE, this, new VirtualTerminalProvider());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The virtual provider did not register its factory", e);
        }
    }

    /**
     * Plugs in a reader (no-op when it is plugged in already). Re-adding a removed name brings back the same
     * terminal object, as SunPCSC's terminal cache does.
     */
    public CardTerminal addReader(String name) {
        synchronized (monitor) {
            VirtualPcscTerminal terminal = terminals.computeIfAbsent(name, n -> new VirtualPcscTerminal(n, monitor));
            if (!terminal.attached()) {
                terminal.attach(true);
                monitor.changed();
            }
            return terminal;
        }
    }

    /** Unplugs a reader; a card inside goes with it. */
    public void removeReader(String name) {
        synchronized (monitor) {
            terminal(name).attach(false);
            monitor.changed();
        }
    }

    /** Puts {@code card} into the reader: it is powered and starts a fresh session. */
    public void insert(String readerName, VirtualMyNumberCard card) {
        synchronized (monitor) {
            for (VirtualPcscTerminal terminal : terminals.values()) {
                if (terminal.card() == card) {
                    throw new IllegalStateException(card + " is already in reader '" + terminal.getName() + "'");
                }
            }
            terminal(readerName).insert(card);
        }
    }

    /** Pulls the card out now (no-op on an empty reader). */
    public void yank(String readerName) {
        synchronized (monitor) {
            terminal(readerName).pull();
        }
    }

    /** Pulls the card once {@code apdus} more APDUs have been answered; 0 pulls it now. */
    public void yankAfter(String readerName, int apdus) {
        synchronized (monitor) {
            terminal(readerName).planRemoval(new PlannedRemoval(apdus, false));
        }
    }

    /**
     * Answers {@code apdus} more APDUs, then pulls the card during the next one: that transmit fails with
     * SCARD_E_NOT_TRANSACTED, the following with SCARD_W_REMOVED_CARD, later calls with IllegalStateException.
     */
    public void yankDuring(String readerName, int apdus) {
        synchronized (monitor) {
            terminal(readerName).planRemoval(new PlannedRemoval(apdus, true));
        }
    }

    public Optional<VirtualMyNumberCard> cardIn(String readerName) {
        synchronized (monitor) {
            return Optional.ofNullable(terminal(readerName).card());
        }
    }

    @Override
    public List<CardTerminal> list(State state) throws CardException {
        if (state == null) {
            throw new NullPointerException("state");
        }
        synchronized (monitor) {
            List<VirtualPcscTerminal> attached = attachedTerminals();
            if (attached.isEmpty()) {
                throw new CardException("list() failed", new PcscError(PcscError.NO_READERS_AVAILABLE));
            }
            List<CardTerminal> out = new ArrayList<>();
            for (VirtualPcscTerminal terminal : attached) {
                if (changes.matches(state, terminal.getName(), terminal.card() != null)) {
                    out.add(terminal);
                }
            }
            return Collections.unmodifiableList(out);
        }
    }

    /** As SunPCSC: the first call only starts watching; true on insert, removal or a reader change. */
    @Override
    public boolean waitForChange(long timeout) throws CardException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Timeout must not be negative: " + timeout);
        }
        synchronized (monitor) {
            if (attachedTerminals().isEmpty()) {
                throw new CardException("waitForChange() failed", new PcscError(PcscError.NO_READERS_AVAILABLE));
            }
            if (!changes.started()) {
                changes.record(marks());
            }
            boolean changed = monitor.await(timeout, () -> !changes.isCurrent(marks()));
            if (changed) {
                changes.record(marks());
            }
            return changed;
        }
    }

    private Map<String, VirtualPcscTerminal.ReaderMark> marks() {
        Map<String, VirtualPcscTerminal.ReaderMark> marks = new LinkedHashMap<>();
        attachedTerminals().forEach(t -> marks.put(t.getName(), t.mark()));
        return marks;
    }

    private List<VirtualPcscTerminal> attachedTerminals() {
        return terminals.values().stream().filter(VirtualPcscTerminal::attached).toList();
    }

    private VirtualPcscTerminal terminal(String name) {
        VirtualPcscTerminal terminal = terminals.get(name);
        if (terminal == null) {
            throw new IllegalArgumentException("No virtual reader '" + name + "'; add it first");
        }
        return terminal;
    }
}
