package jp.madoguchi.card.apdu;

import java.io.ByteArrayOutputStream;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * Chains a read's 61xx answers with GET RESPONSE so callers see the whole answer. Only reads
 * ({@link CommandApdu#isRead()}); any other command's 61xx is returned as it came, and its caller decides (a VERIFY
 * answered 61xx may have used a try). The chain is bounded by what the read asked for — at most its Le, which
 * the caller derived from the file's DER length: every round must bring data, and a card that announces more
 * than was asked for fails at once with a protocol fault instead of being followed for 256 rounds.
 */
public final class GetResponseTransport implements ApduTransport {
    private static final int INS_GET_RESPONSE = 0xC0;
    private final ApduTransport next;

    public GetResponseTransport(ApduTransport next) {
        this.next = next;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        ResponseApdu response = next.transmit(command);
        if (response.sw1() != 0x61 || !command.isRead()) {
            return response;
        }
        int limit = command.ne() == 0 ? 256 : command.ne();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(response.data());
        while (response.sw1() == 0x61) {
            int le = response.sw2() == 0 ? 256 : response.sw2();
            if (data.size() + le > limit) {
                throw fault(response.sw(), "the card announces " + le + " more bytes after " + data.size()
                        + ", beyond the " + limit + " asked for");
            }
            response = next.transmit(CommandApdu.expecting(command.cla(), INS_GET_RESPONSE, 0x00, 0x00, le));
            if (response.dataLength() == 0 && response.sw1() == 0x61) {
                throw fault(response.sw(), "GET RESPONSE brought no data and the card asks for another");
            }
            data.writeBytes(response.data());
            if (data.size() > limit) {
                throw fault(response.sw(), "the card returned " + data.size() + " bytes for the " + limit
                        + " asked for");
            }
        }
        return ResponseApdu.of(data.toByteArray(), response.sw());
    }

    private static CardFaultException fault(int sw, String detail) {
        return new CardFaultException(new CardFault.ProtocolError("GET RESPONSE", sw, detail));
    }

    @Override
    public void close() {
        next.close();
    }
}
