package jp.madoguchi.card.apdu;

import java.io.ByteArrayOutputStream;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * Chains 61xx responses with GET RESPONSE so callers always see the whole answer. Capped at 256 rounds
 * (as apdu4j's GetResponseWrapper) so a card that answers 61xx forever cannot hang the kiosk.
 */
public final class GetResponseTransport implements ApduTransport {
    static final int MAX_ROUNDS = 256;
    private final ApduTransport next;

    public GetResponseTransport(ApduTransport next) {
        this.next = next;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        ResponseApdu response = next.transmit(command);
        if (response.sw1() != 0x61) {
            return response;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int round = 0; round < MAX_ROUNDS && response.sw1() == 0x61; round++) {
            data.writeBytes(response.data());
            int le = response.sw2() == 0 ? 256 : response.sw2();
            response = next.transmit(CommandApdu.expecting(command.cla(), 0xC0, 0x00, 0x00, le));
        }
        if (response.sw1() == 0x61) {
            throw new CardFaultException(new CardFault.ProtocolError("GET RESPONSE", response.sw(),
                    "the card kept answering 61xx after " + MAX_ROUNDS + " rounds"));
        }
        data.writeBytes(response.data());
        return ResponseApdu.of(data.toByteArray(), response.sw());
    }

    @Override
    public void close() {
        next.close();
    }
}
