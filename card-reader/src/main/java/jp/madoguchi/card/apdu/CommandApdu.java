package jp.madoguchi.card.apdu;

import java.util.Arrays;
import java.util.Set;

/**
 * An ISO 7816-4 command APDU, short form only (the JPKI clients that work with every reader send short
 * APDUs; see docs/card.md). Immutable: the bytes are copied in and out.
 *
 * <p>The bodies of VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER carry PINs; {@link #toString()}
 * and {@link #toLogString()} never show them.
 */
public record CommandApdu(byte[] bytes) {
    private static final int INS_VERIFY = 0x20;
    private static final int INS_CHANGE_REFERENCE_DATA = 0x24;
    private static final int INS_RESET_RETRY_COUNTER = 0x2C;
    /** READ BINARY (B0, B1), READ RECORD (B2), GET DATA (CA, CB), GET RESPONSE (C0), GET CHALLENGE (84). */
    private static final Set<Integer> READS = Set.of(0xB0, 0xB1, 0xB2, 0xCA, 0xCB, 0xC0, 0x84);

    public CommandApdu {
        if (bytes == null || bytes.length < 4) {
            throw new IllegalArgumentException("A command APDU has at least 4 header bytes");
        }
        bytes = bytes.clone();
        validateShortForm(bytes);
    }

    /** Case 1: header only. */
    public static CommandApdu of(int cla, int ins, int p1, int p2) {
        return new CommandApdu(new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2});
    }

    /** Case 3: header and data. */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data) {
        return build(cla, ins, p1, p2, data, -1);
    }

    /** Case 2: header and Le (1..256; 256 is encoded as 00). */
    public static CommandApdu expecting(int cla, int ins, int p1, int p2, int ne) {
        return build(cla, ins, p1, p2, new byte[0], ne);
    }

    /** Case 4: header, data and Le (1..256). */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        return build(cla, ins, p1, p2, data, ne);
    }

    private static CommandApdu build(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        if (data.length > 255) {
            throw new IllegalArgumentException("Short APDU data is at most 255 bytes, got " + data.length);
        }
        if (ne != -1 && (ne < 1 || ne > 256)) {
            throw new IllegalArgumentException("Short APDU Le is 1..256, got " + ne);
        }
        int length = 4 + (data.length > 0 ? 1 + data.length : 0) + (ne > 0 ? 1 : 0);
        byte[] out = new byte[length];
        out[0] = (byte) cla;
        out[1] = (byte) ins;
        out[2] = (byte) p1;
        out[3] = (byte) p2;
        int pos = 4;
        if (data.length > 0) {
            out[pos++] = (byte) data.length;
            System.arraycopy(data, 0, out, pos, data.length);
            pos += data.length;
        }
        if (ne > 0) {
            out[pos] = (byte) (ne == 256 ? 0 : ne);
        }
        CommandApdu apdu = new CommandApdu(out);
        // The record keeps its own copy; this scratch array may hold a PIN, so it must not linger.
        Arrays.fill(out, (byte) 0);
        return apdu;
    }

    private static void validateShortForm(byte[] b) {
        if (b.length == 4 || b.length == 5) {
            return;
        }
        int lc = b[4] & 0xFF;
        if (lc == 0 || (b.length != 5 + lc && b.length != 6 + lc)) {
            throw new IllegalArgumentException("Malformed short APDU: Lc " + lc + " with " + b.length + " bytes");
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int cla() {
        return bytes[0] & 0xFF;
    }

    public int ins() {
        return bytes[1] & 0xFF;
    }

    public int p1() {
        return bytes[2] & 0xFF;
    }

    public int p2() {
        return bytes[3] & 0xFF;
    }

    /** The command data (empty for cases 1 and 2). */
    public byte[] data() {
        if (bytes.length <= 5) {
            return new byte[0];
        }
        int lc = bytes[4] & 0xFF;
        return Arrays.copyOfRange(bytes, 5, 5 + lc);
    }

    /** Expected response length, 0 when absent, 256 for Le=00. */
    public int ne() {
        int le;
        if (bytes.length == 5) {
            le = bytes[4] & 0xFF;
        } else if (bytes.length > 5 && bytes.length == 6 + (bytes[4] & 0xFF)) {
            le = bytes[bytes.length - 1] & 0xFF;
        } else {
            return 0;
        }
        return le == 0 ? 256 : le;
    }

    /** The same command with a different Le (used by the 6Cxx decorator). */
    public CommandApdu withNe(int ne) {
        return build(cla(), ins(), p1(), p2(), data(), ne);
    }

    /**
     * True for commands that only read and change nothing on the card, so that sending one again, or fetching
     * its answer in parts, is harmless. Only these are ever re-sent (6Cxx) or chained (61xx); a VERIFY, a
     * signature or a SELECT goes to the card exactly once and its answer is taken as it comes.
     */
    public boolean isRead() {
        return READS.contains(ins());
    }

    /** True when the body carries a secret (PIN or new PIN) and must never be traced. */
    public boolean carriesSecret() {
        int ins = ins();
        return (ins == INS_VERIFY || ins == INS_CHANGE_REFERENCE_DATA || ins == INS_RESET_RETRY_COUNTER)
                && bytes.length > 5;
    }

    /** Hex with the body of PIN commands replaced by asterisks of the same length class. */
    public String toLogString() {
        if (!carriesSecret()) {
            return Hex.of(bytes);
        }
        return Hex.of(Arrays.copyOf(bytes, 5)) + " <" + (bytes[4] & 0xFF) + " bytes redacted>";
    }

    /** Overwrites the internal copy; call after sending a command that carried a PIN. */
    public void wipe() {
        Arrays.fill(bytes, 4, bytes.length, (byte) 0);
    }

    @Override
    public String toString() {
        return "CommandApdu[" + toLogString() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandApdu other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
