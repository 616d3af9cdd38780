package jp.madoguchi.card.pcsc;

import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.fault.PcscFaults;

/**
 * The only class that touches {@link Card}. Every failure, checked or not (SunPCSC throws
 * IllegalStateException after a removal), leaves as a {@link CardFaultException}. Must be used from the
 * reader's owner thread only: SunPCSC hands the same Card to every caller of connect.
 */
public final class PcscTransport implements ApduTransport {
    /** Room for any answer a card may give, a misbehaving one included (extended length: 65536 + SW). */
    private static final int MAX_RESPONSE = 65538;
    private final Card card;
    private final CardChannel channel;
    private final CardTerminal terminal;
    private final FailedExchange failures;
    private boolean closed;

    private PcscTransport(Card card, CardTerminal terminal) {
        this.card = card;
        this.channel = card.getBasicChannel();
        this.terminal = terminal;
        this.failures = new FailedExchange(terminal);
    }

    /** Connects with any protocol (a contactless My Number card reports T=1). */
    public static PcscTransport connect(CardTerminal terminal) throws CardFaultException {
        try {
            return new PcscTransport(terminal.connect("*"), terminal);
        } catch (CardException | RuntimeException e) {
            throw PcscFaults.exception(e, terminal.getName());
        }
    }

    public byte[] atr() {
        return card.getATR().getBytes();
    }

    public String reader() {
        return terminal.getName();
    }

    /**
     * One command, sent once. Through the ByteBuffer form so that a reply of any length reaches
     * {@link FailedExchange} as it is, and so that the copy of the command (a PIN, for a VERIFY) is wiped here.
     */
    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        byte[] bytes = command.bytes();
        ByteBuffer response = ByteBuffer.allocate(MAX_RESPONSE);
        int length;
        try {
            length = channel.transmit(ByteBuffer.wrap(bytes), response);
        } catch (CardException | RuntimeException e) {
            throw failures.failed(e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        if (length < 2) {
            throw failures.withoutStatusWord(length);
        }
        return new ResponseApdu(Arrays.copyOf(response.array(), length));
    }

    /** Runs {@code work} inside a PC/SC transaction so no other process interleaves APDUs. */
    public <T> T exclusive(Work<T> work) throws CardFaultException {
        try {
            card.beginExclusive();
        } catch (CardException | RuntimeException e) {
            throw PcscFaults.exception(e, reader());
        }
        try {
            return work.run(this);
        } finally {
            try {
                card.endExclusive();
            } catch (CardException | RuntimeException ignored) {
                // The card is gone or reset; the work's own outcome already says so.
            }
        }
    }

    /**
     * Disconnects with a reset (SCARD_RESET_CARD), so a verified PIN never outlives the session and a card that
     * stopped answering starts afresh at the next connect.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            card.disconnect(true);
        } catch (CardException | RuntimeException ignored) {
            // Removed cards cannot be disconnected; nothing is left to release.
        }
    }

    /** Work done while the card is held exclusively. */
    @FunctionalInterface
    public interface Work<T> {
        T run(PcscTransport transport) throws CardFaultException;
    }
}
