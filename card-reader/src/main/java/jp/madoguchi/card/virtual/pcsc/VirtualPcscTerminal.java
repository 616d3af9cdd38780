package jp.madoguchi.card.virtual.pcsc;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import jp.madoguchi.card.virtual.Misbehaviour;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;

/**
 * One virtual reader slot, behaving like SunPCSC's TerminalImpl: one shared {@link Card} per terminal while it
 * stays valid, {@code CardNotPresentException} on an empty slot. All state is guarded by the shared
 * {@link TerminalsLock}; APDUs are processed outside it so a slow card does not block {@code waitForChange}
 * or other readers.
 */
final class VirtualPcscTerminal extends CardTerminal {
    private final String name;
    private final TerminalsLock monitor;
    private boolean attached;
    private VirtualMyNumberCard card;
    /** Bumped on every insertion; a connection belongs to one insertion only. */
    private long insertion;
    private VirtualPcscCard connection;
    private PlannedRemoval plannedRemoval;

    VirtualPcscTerminal(String name, TerminalsLock monitor) {
        this.name = name;
        this.monitor = monitor;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        synchronized (monitor) {
            if (connection != null) {
                if (connection.isValid()) {
                    if (protocol.equals("*") || protocol.equalsIgnoreCase(VirtualPcscCard.PROTOCOL)) {
                        return connection;
                    }
                    throw new CardException("Cannot connect using " + protocol
                            + ", connection already established using " + VirtualPcscCard.PROTOCOL);
                }
                connection = null;
            }
            checkProtocol(protocol);
            if (!attached) {
                throw new CardException("connect() failed", new PcscError(PcscError.UNKNOWN_READER));
            }
            if (card == null) {
                throw new CardNotPresentException("No card present", new PcscError(PcscError.NO_SMARTCARD));
            }
            if (!card.isPowered()) {
                card.powerOn();
            }
            connection = new VirtualPcscCard(this, insertion, card.atr());
            return connection;
        }
    }

    private static void checkProtocol(String protocol) throws CardException {
        if (protocol.equals("*") || protocol.equalsIgnoreCase(VirtualPcscCard.PROTOCOL)) {
            return;
        }
        if (protocol.equalsIgnoreCase("T=0") || protocol.equalsIgnoreCase("direct")) {
            throw new CardException("connect() failed", new PcscError(PcscError.PROTO_MISMATCH));
        }
        throw new IllegalArgumentException("Unsupported protocol " + protocol);
    }

    @Override
    public boolean isCardPresent() throws CardException {
        synchronized (monitor) {
            if (!attached) {
                throw new CardException("isCardPresent() failed", new PcscError(PcscError.UNKNOWN_READER));
            }
            return card != null;
        }
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return monitor.await(timeout, this::isCardPresent);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return monitor.await(timeout, () -> !isCardPresent());
    }

    /** Sends one APDU for {@code from}; fails like pcsc-lite when the card or reader went away. */
    byte[] exchange(VirtualPcscCard from, byte[] command) throws PcscError {
        VirtualMyNumberCard target;
        synchronized (monitor) {
            target = current(from);
            if (plannedRemoval != null && plannedRemoval.interruptsNext()) {
                pull();
                throw new PcscError(PcscError.NOT_TRANSACTED);
            }
            if (!target.isPowered()) {
                throw new PcscError(PcscError.UNPOWERED_CARD);
            }
        }
        byte[] response;
        try {
            response = target.process(command);
        } catch (Misbehaviour.MuteCard mute) {
            // What pcsc-lite reports once the reader gave up on a card that stays in the slot.
            throw new PcscError(PcscError.NOT_TRANSACTED);
        }
        synchronized (monitor) {
            if (plannedRemoval != null && target == card && plannedRemoval.countAnswered()) {
                pull();
            }
        }
        return response;
    }

    /** The inserted card if {@code from} still talks to it; otherwise the PC/SC error a handle would get. */
    VirtualMyNumberCard current(VirtualPcscCard from) throws PcscError {
        synchronized (monitor) {
            if (!attached) {
                throw new PcscError(PcscError.READER_UNAVAILABLE);
            }
            if (card == null || from.insertion() != insertion) {
                throw new PcscError(PcscError.REMOVED_CARD);
            }
            return card;
        }
    }

    /** SCARD_RESET_CARD on disconnect: the card loses its security state, the connection ends. */
    void disconnected(VirtualPcscCard from, boolean reset) {
        synchronized (monitor) {
            if (reset && card != null && from.insertion() == insertion) {
                card.reset();
            }
            if (connection == from) {
                connection = null;
            }
        }
    }

    // --- driven by VirtualTerminals, under the monitor ---

    void insert(VirtualMyNumberCard inserted) {
        if (!attached) {
            throw new IllegalStateException("Reader '" + name + "' is unplugged");
        }
        if (card != null) {
            throw new IllegalStateException("Reader '" + name + "' already holds a card; yank it first");
        }
        inserted.powerOn();
        card = inserted;
        insertion++;
        plannedRemoval = null;
        monitor.changed();
    }

    void pull() {
        if (card != null) {
            card.powerOff();
            card = null;
            plannedRemoval = null;
            monitor.changed();
        }
    }

    void planRemoval(PlannedRemoval plan) {
        if (card == null) {
            throw new IllegalStateException("Reader '" + name + "' holds no card");
        }
        plannedRemoval = plan;
        if (plan.dueNow()) {
            pull();
        }
    }

    void attach(boolean value) {
        if (!value) {
            pull();
        }
        attached = value;
    }

    boolean attached() {
        return attached;
    }

    VirtualMyNumberCard card() {
        return card;
    }

    /** Presence plus insertion count, so a pull-and-reinsert between two polls still counts as a change. */
    ReaderMark mark() {
        return new ReaderMark(card != null, insertion);
    }

    record ReaderMark(boolean present, long insertion) {}

    @Override
    public String toString() {
        return "Virtual PC/SC terminal " + name;
    }
}
