package jp.madoguchi.card.apdu;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * Re-sends a read once with the Le the card asked for in 6Cxx. Only reads ({@link CommandApdu#isRead()}): a
 * VERIFY re-sent would be a second PIN attempt, a signature a second signature. Only once: a card that keeps
 * asking for another length is reported as it answered. And never for more than the read asked for, which the
 * caller derived from the file's DER length: such a card fails at once instead of being fed larger reads.
 */
public final class WrongLengthRetryTransport implements ApduTransport {
    private final ApduTransport next;

    public WrongLengthRetryTransport(ApduTransport next) {
        this.next = next;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        ResponseApdu response = next.transmit(command);
        if (response.sw1() != 0x6C || response.dataLength() != 0 || !command.isRead()) {
            return response;
        }
        int le = response.sw2() == 0 ? 256 : response.sw2();
        if (command.ne() != 0 && le > command.ne()) {
            throw new CardFaultException(new CardFault.ProtocolError("Reading (INS "
                    + String.format("%02X", command.ins()) + ")", response.sw(), "the card offers " + le
                    + " bytes where " + command.ne() + " were asked for"));
        }
        return next.transmit(command.withNe(le));
    }

    @Override
    public void close() {
        next.close();
    }
}
