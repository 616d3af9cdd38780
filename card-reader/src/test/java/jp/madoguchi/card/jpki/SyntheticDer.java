package jp.madoguchi.card.jpki;

import java.io.ByteArrayOutputStream;

/** DER-shaped byte strings of a chosen size for read tests, where only the header matters. */
final class SyntheticDer {
    private SyntheticDer() {}

    /** A SEQUENCE with {@code contentLength} filler bytes and the minimal length encoding. */
    static byte[] sequence(int contentLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        if (contentLength < 0x80) {
            out.write(contentLength);
        } else if (contentLength <= 0xFF) {
            out.write(0x81);
            out.write(contentLength);
        } else {
            out.write(0x82);
            out.write(contentLength >> 8);
            out.write(contentLength & 0xFF);
        }
        for (int i = 0; i < contentLength; i++) {
            out.write(i * 7 + 1);
        }
        return out.toByteArray();
    }
}
