package jp.madoguchi.card.virtual.vpcd;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import jdk.net.ExtendedSocketOptions;

/**
 * One TCP connection to vsmartcard's vpcd, seen from the card: frames of a 2-byte big-endian length and a
 * payload, both ways (docs/card.md, the vpcd protocol).
 *
 * <p>Debian's vpcd writes length and payload separately with Nagle on, so every APDU would wait ~40 ms for
 * a delayed ACK. The fix lives here: TCP_NODELAY, TCP_QUICKACK re-armed before every read (the kernel
 * clears it), and each reply written with a single write.
 */
final class VpcdConnection implements Closeable {
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private final InputStream in;
    private final OutputStream out;
    private final Runnable beforeRead;
    private final Closeable resource;

    VpcdConnection(InputStream in, OutputStream out, Runnable beforeRead, Closeable resource) {
        this.in = in;
        this.out = out;
        this.beforeRead = beforeRead;
        this.resource = resource;
    }

    static VpcdConnection connect(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            return new VpcdConnection(socket.getInputStream(), socket.getOutputStream(), quickAck(socket), socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static Runnable quickAck(Socket socket) {
        if (!socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK)) {
            return () -> { };
        }
        return () -> {
            try {
                socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            } catch (IOException closed) {
                // The read that follows fails on the closed socket and reports it.
            }
        };
    }

    /** The next frame's payload, or null when vpcd closed the connection between frames. */
    byte[] readFrame() throws IOException {
        byte[] header = new byte[2];
        if (!readFully(header, true)) {
            return null;
        }
        byte[] payload = new byte[((header[0] & 0xFF) << 8) | (header[1] & 0xFF)];
        readFully(payload, false);
        return payload;
    }

    /** Length and payload in one write, so the reply leaves in one segment. */
    void writeFrame(byte[] payload) throws IOException {
        if (payload.length > 0xFFFF) {
            throw new IOException("vpcd frames carry at most 65535 bytes, not " + payload.length);
        }
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
        out.flush();
    }

    private boolean readFully(byte[] buffer, boolean endAllowed) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            beforeRead.run();
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                if (endAllowed && filled == 0) {
                    return false;
                }
                throw new EOFException("vpcd closed the connection inside a frame");
            }
            filled += n;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }
}
