package jp.madoguchi.card.virtual.pcsc;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import jp.madoguchi.card.apdu.Hex;

/**
 * A connection to the card in a {@link VirtualPcscTerminal}, with SunPCSC CardImpl's life cycle: after a
 * removal the first call fails with a checked SCARD_W_REMOVED_CARD, every later one with
 * {@code IllegalStateException("Card has been removed")}; exclusive access belongs to the calling thread.
 */
final class VirtualPcscCard extends Card {
    static final String PROTOCOL = "T=1";
    private static final byte[] MANAGE_CHANNEL_OPEN = {0x00, 0x70, 0x00, 0x00, 0x01};

    private enum State { OK, REMOVED, DISCONNECTED }

    private final VirtualPcscTerminal terminal;
    private final long insertion;
    private final ATR atr;
    private final VirtualPcscChannel basicChannel = new VirtualPcscChannel(this);
    private volatile State state = State.OK;
    private volatile Thread exclusiveThread;

    VirtualPcscCard(VirtualPcscTerminal terminal, long insertion, byte[] atr) {
        this.terminal = terminal;
        this.insertion = insertion;
        this.atr = new ATR(atr);
    }

    @Override
    public ATR getATR() {
        return atr;
    }

    @Override
    public String getProtocol() {
        return PROTOCOL;
    }

    @Override
    public CardChannel getBasicChannel() {
        checkState();
        return basicChannel;
    }

    /** The card has no MANAGE CHANNEL, so this fails as SunPCSC does with a card that refuses it. */
    @Override
    public CardChannel openLogicalChannel() throws CardException {
        checkState();
        checkExclusive();
        byte[] response = exchange(MANAGE_CHANNEL_OPEN.clone());
        throw new CardException("openLogicalChannel() failed, card response: "
                + Hex.of(response));
    }

    @Override
    public synchronized void beginExclusive() throws CardException {
        checkState();
        if (exclusiveThread != null) {
            throw new CardException("Exclusive access has already been assigned to Thread "
                    + exclusiveThread.getName());
        }
        try {
            terminal.current(this);
        } catch (PcscError e) {
            handleError(e);
            throw new CardException("beginExclusive() failed", e);
        }
        exclusiveThread = Thread.currentThread();
    }

    @Override
    public synchronized void endExclusive() throws CardException {
        checkState();
        if (exclusiveThread != Thread.currentThread()) {
            throw new IllegalStateException("Exclusive access not assigned to current Thread");
        }
        exclusiveThread = null;
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        checkState();
        checkExclusive();
        throw new CardException("transmitControlCommand() failed", new PcscError(PcscError.UNSUPPORTED_FEATURE));
    }

    @Override
    public void disconnect(boolean reset) throws CardException {
        if (state != State.OK) {
            return;
        }
        checkExclusive();
        try {
            terminal.disconnected(this, reset);
        } finally {
            state = State.DISCONNECTED;
            exclusiveThread = null;
        }
    }

    /** One APDU on the wire; a removal error turns this connection into a removed one. */
    byte[] exchange(byte[] command) throws CardException {
        try {
            return terminal.exchange(this, command);
        } catch (PcscError e) {
            handleError(e);
            throw new CardException(e);
        }
    }

    void checkState() {
        State s = state;
        if (s == State.DISCONNECTED) {
            throw new IllegalStateException("Card has been disconnected");
        }
        if (s == State.REMOVED) {
            throw new IllegalStateException("Card has been removed");
        }
    }

    void checkExclusive() throws CardException {
        Thread owner = exclusiveThread;
        if (owner != null && owner != Thread.currentThread()) {
            throw new CardException("Exclusive access established by another Thread");
        }
    }

    /** Like CardImpl.isValid: pings the slot and marks the connection removed when the card is gone. */
    boolean isValid() {
        if (state != State.OK) {
            return false;
        }
        try {
            terminal.current(this);
            return true;
        } catch (PcscError e) {
            state = State.REMOVED;
            return false;
        }
    }

    long insertion() {
        return insertion;
    }

    private void handleError(PcscError e) {
        if (PcscError.REMOVED_CARD.equals(e.code())) {
            state = State.REMOVED;
        }
    }

    @Override
    public String toString() {
        return "Virtual PC/SC card in " + terminal.getName() + ", protocol " + PROTOCOL + ", state " + state;
    }
}
