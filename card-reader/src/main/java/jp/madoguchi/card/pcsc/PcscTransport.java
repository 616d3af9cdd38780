package jp.madoguchi.card.pcsc;

import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.fault.PcscFaults;

/**
 * The only class that touches {@link Card}. Every failure, checked or not (SunPCSC throws
 * IllegalStateException after a removal), leaves as a {@link CardFaultException}. Must be used from the
 * reader's owner thread only: SunPCSC hands the same Card to every caller of connect.
 */
public final class PcscTransport implements ApduTransport {
    /** How long a short reply may take to show up as a removal: one pcscd presence poll and a bit. */
    private static final long REMOVAL_SETTLE_MS = 600;
    private final Card card;
    private final CardChannel channel;
    private final CardTerminal terminal;
    private boolean closed;

    private PcscTransport(Card card, CardTerminal terminal) {
        this.card = card;
        this.channel = card.getBasicChannel();
        this.terminal = terminal;
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

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        byte[] response;
        try {
            response = channel.transmit(new javax.smartcardio.CommandAPDU(command.bytes())).getBytes();
        } catch (IllegalArgumentException e) {
            // SunPCSC's ResponseAPDU rejects a reply shorter than the status word with this exception.
            throw shortReply(e);
        } catch (CardException | RuntimeException e) {
            throw PcscFaults.exception(e, reader());
        }
        if (response.length < 2) {
            throw shortReply(null);
        }
        return new ResponseApdu(response);
    }

    /**
     * A reply without a status word is either a broken card or one pulled mid-APDU (vpcd answers nothing
     * then). Waiting up to one presence poll tells the two apart; only this error path pays for it.
     */
    private CardFaultException shortReply(Throwable cause) {
        try {
            if (terminal.waitForCardAbsent(REMOVAL_SETTLE_MS)) {
                return new CardFaultException(new CardFault.CardRemoved(), cause);
            }
        } catch (CardException | RuntimeException e) {
            return PcscFaults.exception(e, reader());
        }
        return new CardFaultException(new CardFault.ProtocolError("transmit", 0,
                "the card's reply is shorter than a status word"), cause);
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

    /** Disconnects with a reset, so a verified PIN never outlives the session. */
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
