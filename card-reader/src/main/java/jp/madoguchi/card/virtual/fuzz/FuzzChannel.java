package jp.madoguchi.card.virtual.fuzz;

import java.nio.ByteBuffer;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The basic channel as SunPCSC's ChannelImpl behaves with {@code t1GetResponse=false} (what the kiosk runs with):
 * each command goes out once and its answer comes back as it is, here as {@link CaseWire} mutated it. Checks its
 * arguments as ChannelImpl does, so the host is held to the same contract as on a kiosk.
 */
final class FuzzChannel extends CardChannel {
    private final FuzzCard card;
    private final FuzzTerminal terminal;
    private final CaseWire wire;

    FuzzChannel(FuzzCard card, FuzzTerminal terminal, CaseWire wire) {
        this.card = card;
        this.terminal = terminal;
        this.wire = wire;
    }

    @Override
    public Card getCard() {
        return card;
    }

    @Override
    public int getChannelNumber() {
        card.checkState();
        return 0;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        card.checkState();
        return new ResponseAPDU(wire.exchange(command.getBytes(), card, terminal));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        card.checkState();
        if (response.isReadOnly() || response.remaining() < 258) {
            throw new IllegalArgumentException("Insufficient space in response buffer");
        }
        byte[] bytes = new byte[command.remaining()];
        command.get(bytes);
        if (bytes.length < 4) {
            throw new IllegalArgumentException("Command APDU must be at least 4 bytes long");
        }
        byte[] answer = wire.exchange(bytes, card, terminal);
        response.put(answer);
        return answer.length;
    }

    @Override
    public void close() {
        throw new IllegalStateException("Cannot close basic logical channel");
    }

    /** Stands in for SunPCSC's internal PCSCException: its message is the bare SCARD_* name PcscFaults reads. */
    static final class ScardFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ScardFailure(String code) {
            super(code, null, false, false);
        }
    }
}
