package jp.madoguchi.card.virtual.vpcd;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** The vpcd side of the socket, as pcscd's driver talks to a card: enough to test VpcdClient without pcscd. */
final class FakeVpcd implements AutoCloseable {
    private final ServerSocket server;
    private Socket client;
    private DataInputStream in;
    private OutputStream out;

    FakeVpcd(int port) throws IOException {
        server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(5000);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Waits for the card to connect (an insertion). */
    void accept() throws IOException {
        client = server.accept();
        client.setSoTimeout(5000);
        in = new DataInputStream(client.getInputStream());
        out = client.getOutputStream();
    }

    void control(int code) throws IOException {
        send(new byte[] {(byte) code});
    }

    byte[] atr() throws IOException {
        control(VpcdSession.GET_ATR);
        return receive();
    }

    byte[] transmit(byte[] apdu) throws IOException {
        send(apdu);
        return receive();
    }

    /** True when the card closed its end (a removal), seen as end of stream. */
    boolean cardLeft() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private void send(byte[] payload) throws IOException {
        // Like Debian's vpcd: length and payload in two writes.
        out.write(new byte[] {(byte) (payload.length >> 8), (byte) payload.length});
        out.flush();
        out.write(payload);
        out.flush();
    }

    private byte[] receive() throws IOException {
        byte[] payload = new byte[in.readUnsignedShort()];
        in.readFully(payload);
        return payload;
    }

    @Override
    public void close() throws IOException {
        if (client != null) {
            client.close();
        }
        server.close();
    }
}
