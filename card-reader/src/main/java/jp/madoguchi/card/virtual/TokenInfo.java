package jp.madoguchi.card.virtual;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JPKI EF 0006: a serialised PKCS#11 CK_TOKEN_INFO, 160 bytes, CK_ULONGs as 4-byte big-endian (myna-card
 * jpki.rs). Clients read the label (first 32 bytes) to tell a My Number card from a 住基カード or a
 * smartphone token.
 */
final class TokenInfo {
    static final int SIZE = 160;
    /** CKF_RNG | CKF_LOGIN_REQUIRED | CKF_USER_PIN_INITIALIZED | CKF_TOKEN_INITIALIZED, as on the card. */
    private static final int FLAGS = 0x40D;
    private static final int MAX_PIN = 16;
    private static final int MIN_PIN = 6;
    private static final int UNAVAILABLE = 0xFFFFFFFF;

    private TokenInfo() {}

    static byte[] encode(String label, String serial) {
        ByteBuffer out = ByteBuffer.allocate(SIZE);
        out.put(padded(label, 32));
        out.put(padded("MADOGUCHI VIRTUAL CARD (TEST)", 32));
        out.put(padded("VIRTUAL", 16));
        out.put(padded(serial, 16));
        out.putInt(FLAGS);
        out.putInt(0).putInt(0).putInt(0).putInt(0); // session counts
        out.putInt(MAX_PIN).putInt(MIN_PIN);
        for (int i = 0; i < 4; i++) {
            out.putInt(UNAVAILABLE); // public/private memory
        }
        out.put(new byte[] {1, 0, 1, 0}); // hardware and firmware version 1.0
        out.put(padded("", 16)); // utcTime: no clock on the card
        return out.array();
    }

    /** ASCII, space padded and truncated to {@code length}, as PKCS#11 blank-pads its fixed fields. */
    private static byte[] padded(String text, int length) {
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) ' ');
        byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, out, 0, Math.min(length, ascii.length));
        return out;
    }
}
