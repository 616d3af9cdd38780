package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * One line of standard input read as a secret (a PIN where there is no terminal to read it without echo): straight
 * into a {@code char[]}, never a String, the work buffer wiped. Characters past {@code max} are read and dropped, so
 * an overlong line is refused as too long rather than cut to something valid.
 */
final class SecretLine {
    private SecretLine() {}

    /** The line without its end (\n or \r\n); {@code null} when the input ended before anything was read. */
    static char[] read(Reader in, int max) throws IOException {
        char[] buffer = new char[max + 1];
        int length = 0;
        int c = in.read();
        if (c == -1) {
            return null;
        }
        for (; c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r' && length < buffer.length) {
                buffer[length++] = (char) c;
            }
        }
        char[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return line;
    }
}
