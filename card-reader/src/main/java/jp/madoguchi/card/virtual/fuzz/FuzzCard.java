package jp.madoguchi.card.virtual.fuzz;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;

/**
 * The connection of one fuzz case, with SunPCSC CardImpl's life cycle: once the card is reported removed, every
 * call fails with {@code IllegalStateException("Card has been removed")}; after disconnect, "Card has been
 * disconnected". One thread per case, so exclusive access has nobody to exclude.
 */
final class FuzzCard extends Card {
    private static final ATR ATR = new ATR(new byte[] {0x3B, (byte) 0xE0, 0x00, (byte) 0xFF, (byte) 0x81, 0x31,
        (byte) 0xFE, 0x45, 0x14});

    private enum State { OK, REMOVED, DISCONNECTED }

    private final FuzzChannel channel;
    private State state = State.OK;

    FuzzCard(FuzzTerminal terminal, CaseWire wire) {
        this.channel = new FuzzChannel(this, terminal, wire);
    }

    void removed() {
        state = State.REMOVED;
    }

    void checkState() {
        if (state == State.REMOVED) {
            throw new IllegalStateException("Card has been removed");
        }
        if (state == State.DISCONNECTED) {
            throw new IllegalStateException("Card has been disconnected");
        }
    }

    @Override
    public ATR getATR() {
        return ATR;
    }

    @Override
    public String getProtocol() {
        return "T=1";
    }

    @Override
    public CardChannel getBasicChannel() {
        checkState();
        return channel;
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        throw new CardException("openLogicalChannel() failed",
                new FuzzChannel.ScardFailure("SCARD_E_UNSUPPORTED_FEATURE"));
    }

    @Override
    public void beginExclusive() {
        checkState();
    }

    @Override
    public void endExclusive() {
        checkState();
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        throw new CardException("transmitControlCommand() failed",
                new FuzzChannel.ScardFailure("SCARD_E_UNSUPPORTED_FEATURE"));
    }

    @Override
    public void disconnect(boolean reset) {
        if (state == State.OK) {
            state = State.DISCONNECTED;
        }
    }
}
