package jp.madoguchi.card.virtual;

import java.util.Arrays;
import jp.madoguchi.card.apdu.CommandApdu;

/**
 * What reached the card, as the card's own record: the header and the length of the data, never the data (a
 * VERIFY's data is a PIN). Tests count on it that a PIN reached the card exactly once.
 */
public record ReceivedCommand(int cla, int ins, int p1, int p2, int dataLength) {
    static ReceivedCommand of(CommandApdu command) {
        byte[] bytes = command.bytes();
        int length = bytes.length > 5 ? bytes[4] & 0xFF : 0;
        Arrays.fill(bytes, (byte) 0);
        return new ReceivedCommand(command.cla(), command.ins(), command.p1(), command.p2(), length);
    }

    /** A VERIFY that carried a PIN: the only kind of command that can use a try. */
    public boolean isPinVerify() {
        return ins == 0x20 && dataLength > 0;
    }
}
