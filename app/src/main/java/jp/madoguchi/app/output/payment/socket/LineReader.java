package jp.madoguchi.app.output.payment.socket;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads newline-terminated UTF-8 lines from a channel, at most {@link Wire#MAX_LINE} bytes each. A longer line is
 * skipped to its end rather than buffered, so a peer gone wrong cannot make the kiosk hold unbounded memory.
 */
public final class LineReader {
    private final ReadableByteChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192).flip();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean oversized;

    public LineReader(ReadableByteChannel channel) {
        this.channel = channel;
    }

    /**
     * The next line without its terminator; empty for a line that was too long (skipped). Throws
     * {@link EOFException} at the end of the stream (a partial last line is dropped: the peer never finished it).
     */
    public Optional<String> next() throws IOException {
        while (true) {
            while (buffer.hasRemaining()) {
                byte b = buffer.get();
                if (b == '\n') {
                    return finish();
                }
                if (line.size() < Wire.MAX_LINE) {
                    line.write(b);
                } else {
                    oversized = true;
                }
            }
            buffer.clear();
            int read = channel.read(buffer);
            buffer.flip();
            if (read < 0) {
                throw new EOFException("the peer closed the connection");
            }
        }
    }

    private Optional<String> finish() {
        boolean skip = oversized;
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        oversized = false;
        if (skip) {
            return Optional.empty();
        }
        return Optional.of(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
