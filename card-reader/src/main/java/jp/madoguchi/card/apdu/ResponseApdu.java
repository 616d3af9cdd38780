package jp.madoguchi.card.apdu;

import java.util.Arrays;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;

/** A response APDU: data followed by SW1 SW2. Immutable; rejects responses shorter than the status word. */
public record ResponseApdu(byte[] bytes) {
    public ResponseApdu {
        if (bytes == null || bytes.length < 2) {
            throw new IllegalArgumentException("A response APDU has at least the 2 status bytes, got "
                    + (bytes == null ? "none" : bytes.length));
        }
        bytes = bytes.clone();
    }

    public static ResponseApdu of(int sw) {
        return new ResponseApdu(new byte[] {(byte) (sw >> 8), (byte) sw});
    }

    public static ResponseApdu of(byte[] data, int sw) {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return new ResponseApdu(out);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public byte[] data() {
        return Arrays.copyOf(bytes, bytes.length - 2);
    }

    public int dataLength() {
        return bytes.length - 2;
    }

    public int sw() {
        return ((bytes[bytes.length - 2] & 0xFF) << 8) | (bytes[bytes.length - 1] & 0xFF);
    }

    public int sw1() {
        return bytes[bytes.length - 2] & 0xFF;
    }

    public int sw2() {
        return bytes[bytes.length - 1] & 0xFF;
    }

    public StatusWord status() {
        return StatusWord.of(sw());
    }

    public boolean isOk() {
        return StatusWord.OK.matches(sw());
    }

    /**
     * This response's status, which must be one of {@code expected}; any other is a protocol fault naming
     * {@code operation} ("unexpected answer"). The one place protocol code compares status words: it then switches on
     * the result.
     */
    public StatusWord expect(String operation, StatusWord... expected) throws CardFaultException {
        return expect(operation, "unexpected answer", expected);
    }

    /** {@link #expect(String, StatusWord...)} with the fault's own {@code detail} for anything else. */
    public StatusWord expect(String operation, String detail, StatusWord... expected) throws CardFaultException {
        StatusWord status = status();
        for (StatusWord allowed : expected) {
            if (allowed == status) {
                return status;
            }
        }
        throw new CardFaultException(new CardFault.ProtocolError(operation, sw(), detail));
    }

    public String toLogString() {
        return Hex.of(bytes);
    }

    @Override
    public String toString() {
        return "ResponseApdu[" + toLogString() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
