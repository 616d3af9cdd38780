package jp.madoguchi.issuance.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One text file read within its limits: never more than the size limit plus one byte is read into memory. */
public final class TextFile {
    private TextFile() {}

    /**
     * @throws TextProblem when the file is too large, not UTF-8 or has an overlong line
     * @throws IOException when it cannot be read at all
     */
    public static String read(Path file, TextLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, limits);
        }
    }

    /** The same from a stream (a request on stdin); reads at most the limit plus one byte. */
    public static String read(InputStream in, TextLimits limits) throws IOException {
        byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            throw StrictText.tooLarge(limits);
        }
        return StrictText.decode(bytes, limits);
    }
}
