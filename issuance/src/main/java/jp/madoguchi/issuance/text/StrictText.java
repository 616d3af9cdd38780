package jp.madoguchi.issuance.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: strict UTF-8 and one leading BOM dropped, the same for rule files, configurations and requests.
 * A replacing decoder would turn a stray Latin-1 byte into U+FFFD and load a file nobody wrote; the JDK's strict
 * one says only "Input length = 1". This one says which byte, and where.
 */
public final class StrictText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char REPLACEMENT = '\uFFFD';

    private StrictText() {}

    public static String decode(byte[] bytes, TextLimits limits) throws TextProblem {
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        int start = hasBom(bytes) ? BOM.length : 0;
        // The JDK's own decoding is far cheaper than a CharsetDecoder, above all before the JIT has compiled
        // either (a kiosk reads its whole catalogue in a fresh JVM), but it replaces a malformed sequence with
        // U+FFFD instead of refusing it. Without any U+FFFD in its result every sequence was well-formed; with
        // one (a malformed sequence, or a U+FFFD really written) the strict decoder below decides and says where.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf(REPLACEMENT) < 0) {
            checkLines(fast, limits);
            return fast;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            throw notUtf8(out, bytes[in.position()]);
        }
        String text = out.toString();
        checkLines(text, limits);
        return text;
    }

    static TextProblem tooLarge(TextLimits limits) {
        return new TextProblem(1, 1, "the " + limits.what() + " is larger than " + limits.size()
                + " (the limit for a " + limits.what() + ")");
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** {@code decoded} holds the text before the bad byte: its last line gives the column. */
    private static TextProblem notUtf8(CharBuffer decoded, byte bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decoded.limit(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextProblem(line, decoded.limit() - lineStart + 1,
                String.format("not valid UTF-8 (byte 0x%02X)", bad & 0xFF));
    }

    private static void checkLines(String text, TextLimits limits) throws TextProblem {
        int line = 1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = text.length();
            }
            if (end - lineStart > limits.maxLineLength()) {
                throw new TextProblem(line, limits.maxLineLength() + 1, "line " + line + " is longer than "
                        + limits.maxLineLength() + " characters (the limit for a " + limits.what() + ")");
            }
            line++;
            lineStart = end + 1;
        }
    }
}
