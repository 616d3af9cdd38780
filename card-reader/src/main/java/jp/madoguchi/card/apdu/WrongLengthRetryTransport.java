package jp.madoguchi.card.apdu;

import jp.madoguchi.card.fault.CardFaultException;

/**
 * Re-sends a command once with the Le the card asked for in 6Cxx. Only once: a card that keeps asking for
 * another length is reported to the caller as it answered. Never for a PIN command: it has no Le to fix, and
 * the re-send would make a copy of the PIN that its sender cannot wipe.
 */
public final class WrongLengthRetryTransport implements ApduTransport {
    private final ApduTransport next;

    public WrongLengthRetryTransport(ApduTransport next) {
        this.next = next;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        ResponseApdu response = next.transmit(command);
        if (response.sw1() == 0x6C && response.dataLength() == 0 && !command.carriesSecret()) {
            int le = response.sw2() == 0 ? 256 : response.sw2();
            return next.transmit(command.withNe(le));
        }
        return response;
    }

    @Override
    public void close() {
        next.close();
    }
}
