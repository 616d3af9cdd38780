package jp.madoguchi.card.virtual.pcsc;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Arrays;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The basic channel, as SunPCSC's ChannelImpl behaves for a T=1 card under the JVM's
 * {@code sun.security.smartcardio.t1GetResponse}: when true (the JDK's default), 61xx is chained with GET
 * RESPONSE and 6Cxx re-sent with its last byte replaced before the caller sees them, at most 256 rounds; when
 * false (what the kiosk sets, {@code SunPcscSettings}), every command goes to the card once and its answer comes
 * back as it is. A response shorter than the status word reaches {@code new ResponseAPDU} and fails there with
 * IllegalArgumentException, as it does on the real stack.
 */
final class VirtualPcscChannel extends CardChannel {
    private static final int MAX_ROUNDS = 256;
    private final VirtualPcscCard card;
    /** Read when the channel is made; ChannelImpl reads it once per JVM, before its first channel. */
    private final boolean getResponse;

    VirtualPcscChannel(VirtualPcscCard card) {
        this.card = card;
        this.getResponse = !"false".equalsIgnoreCase(System.getProperty("sun.security.smartcardio.t1GetResponse"));
    }

    @Override
    public Card getCard() {
        return card;
    }

    @Override
    public int getChannelNumber() {
        card.checkState();
        return 0;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        card.checkState();
        card.checkExclusive();
        return new ResponseAPDU(exchange(command.getBytes()));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        card.checkState();
        card.checkExclusive();
        if (response.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (command == response) {
            throw new IllegalArgumentException("command and response must not be the same object");
        }
        if (response.remaining() < 258) {
            throw new IllegalArgumentException("Insufficient space in response buffer");
        }
        byte[] bytes = new byte[command.remaining()];
        command.get(bytes);
        byte[] answer = exchange(bytes);
        response.put(answer);
        return answer.length;
    }

    @Override
    public void close() {
        throw new IllegalStateException("Cannot close basic logical channel");
    }

    private byte[] exchange(byte[] command) throws CardException {
        if (command.length < 4) {
            throw new IllegalArgumentException("Command APDU must be at least 4 bytes long");
        }
        if (command[0] >= 0 && command[1] == 0x70) {
            throw new IllegalArgumentException("Manage channel command not allowed, use openLogicalChannel()");
        }
        byte[] sent = command.clone();
        byte[] collected = new byte[0];
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            byte[] response = card.exchange(sent);
            int n = response.length;
            if (!getResponse) {
                return response;
            }
            if (n == 2 && response[0] == 0x6C) {
                sent[sent.length - 1] = response[1]; // SunPCSC overwrites the last byte, Le or not
                continue;
            }
            if (n >= 2 && response[n - 2] == 0x61) {
                collected = concat(collected, Arrays.copyOf(response, n - 2));
                sent = new byte[] {sent[0], (byte) 0xC0, 0x00, 0x00, response[n - 1]};
                continue;
            }
            return concat(collected, response);
        }
        throw new CardException("Number of response iterations exceeded maximum " + MAX_ROUNDS);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
