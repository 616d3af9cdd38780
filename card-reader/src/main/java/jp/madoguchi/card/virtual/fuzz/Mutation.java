package jp.madoguchi.card.virtual.fuzz;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One way an answer goes wrong between the card and the host. The first kinds rewrite the card's answer; the
 * {@link #wireFault() wire faults} are PC/SC failures instead of an answer, as SunPCSC reports them.
 */
public enum Mutation {
    /** Any status word, data kept. */
    RANDOM_SW,
    /** A status word the protocol code branches on: 63Cx, 6983/6984, 61xx, 6Cxx, 9000, 6B00, 6982, ... */
    PROTOCOL_SW,
    /** The answer cut short anywhere, down to nothing. */
    TRUNCATED,
    /** A lone byte: shorter than a status word. */
    ONE_BYTE,
    /** 9000 without the data. */
    OK_WITHOUT_DATA,
    /** The data replaced by random bytes of the same length. */
    GARBAGE_DATA,
    /** A few bytes of the data flipped. */
    FLIPPED_DATA,
    /** Random bytes added after the data: more than Le. */
    EXTRA_DATA,
    /** The data with an error status word (6F00, 63C2, 6A82...). */
    DATA_WITH_ERROR,
    /** A certificate's opening DER header replaced by a hostile one (indefinite, huge, non-minimal, not 30). */
    HOSTILE_DER,
    /** Random bytes and 9000 answering every read from here on: a file that never ends. */
    ENDLESS_FILE,
    /** The card leaves the reader before the command: SCARD_W_REMOVED_CARD, then "Card has been removed". */
    REMOVED_BEFORE,
    /** The card leaves during the command (carried out or not): SCARD_E_NOT_TRANSACTED. */
    REMOVED_DURING,
    /** The card stays and does not answer (carried out or not): NOT_TRANSACTED or UNRESPONSIVE_CARD. */
    NO_ANSWER,
    /** Another PC/SC failure: the service, the reader, a sharing violation, a code SunPCSC did not name. */
    READER_ERROR,
    /** An unchecked exception out of SunPCSC (IllegalStateException, IllegalArgumentException). */
    RUNTIME_FAILURE;

    private static final int[] PROTOCOL_SWS = {0x9000, 0x63C0, 0x63C1, 0x63C2, 0x63C3, 0x63C5, 0x63CF, 0x6983,
        0x6984, 0x6100, 0x6110, 0x61FF, 0x6C00, 0x6C04, 0x6CFF, 0x6B00, 0x6982, 0x6A82, 0x6A86, 0x6700, 0x6985,
        0x6F00, 0x6D00, 0x6E00, 0x6300, 0x6281};
    private static final int[] ERROR_SWS = {0x6F00, 0x63C2, 0x6A82, 0x6982, 0x6B00, 0x6100, 0x6C10};
    private static final byte[][] HOSTILE_HEADERS = {{0x30, (byte) 0x80}, {0x30, (byte) 0x84, 0x7F, (byte) 0xFF},
        {0x30, (byte) 0x83, 0x7F, (byte) 0xFF, (byte) 0xFF}, {0x30, (byte) 0x82, 0x7F, (byte) 0xFF},
        {0x30, (byte) 0x81, 0x05}, {0x30, (byte) 0x82, 0x00, (byte) 0x90}, {0x30, 0x00}, {0x31, 0x03},
        {0x30, (byte) 0x82, (byte) 0x80, 0x00}, {0x30, (byte) 0x82, 0x00, 0x01}};

    public boolean wireFault() {
        return ordinal() >= REMOVED_BEFORE.ordinal();
    }

    /** The host's copy of {@code answer} ({@code data || SW}) after this mutation; {@code le} is what was asked. */
    byte[] apply(byte[] answer, int le, SplittableRandom random) {
        int data = Math.max(0, answer.length - 2);
        return switch (this) {
            case RANDOM_SW -> withSw(answer, random.nextInt(0x10000));
            case PROTOCOL_SW -> withSw(answer, pick(PROTOCOL_SWS, random));
            case TRUNCATED -> Arrays.copyOf(answer, answer.length == 0 ? 0 : random.nextInt(answer.length));
            case ONE_BYTE -> new byte[] {answer.length == 0 ? 0x6F : answer[0]};
            case OK_WITHOUT_DATA -> new byte[] {(byte) 0x90, 0x00};
            case GARBAGE_DATA -> garbage(answer, data, random);
            case FLIPPED_DATA -> flipped(answer, data, random);
            case EXTRA_DATA -> extended(answer, data, 1 + random.nextInt(300), random);
            case DATA_WITH_ERROR -> withSw(answer, pick(ERROR_SWS, random));
            case HOSTILE_DER -> hostileHeader(answer, data, random);
            case ENDLESS_FILE -> endless(le, random);
            default -> throw new IllegalStateException(this + " is a wire fault, not an answer");
        };
    }

    /** Filler for a read of {@code le} bytes that the card should have ended. */
    static byte[] endless(int le, SplittableRandom random) {
        byte[] out = new byte[le + 2];
        for (int i = 0; i < le; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        out[le] = (byte) 0x90;
        return out;
    }

    private static byte[] withSw(byte[] answer, int sw) {
        byte[] out = Arrays.copyOf(answer, Math.max(2, answer.length));
        out[out.length - 2] = (byte) (sw >> 8);
        out[out.length - 1] = (byte) sw;
        return out;
    }

    private static byte[] garbage(byte[] answer, int data, SplittableRandom random) {
        byte[] out = answer.clone();
        for (int i = 0; i < data; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] flipped(byte[] answer, int data, SplittableRandom random) {
        byte[] out = answer.clone();
        for (int n = 1 + random.nextInt(4); n > 0 && data > 0; n--) {
            out[random.nextInt(data)] ^= (byte) (1 + random.nextInt(255));
        }
        return out;
    }

    private static byte[] extended(byte[] answer, int data, int extra, SplittableRandom random) {
        byte[] out = new byte[answer.length + extra];
        System.arraycopy(answer, 0, out, 0, data);
        for (int i = data; i < data + extra; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        System.arraycopy(answer, data, out, data + extra, answer.length - data);
        return out;
    }

    private static byte[] hostileHeader(byte[] answer, int data, SplittableRandom random) {
        byte[] header = HOSTILE_HEADERS[random.nextInt(HOSTILE_HEADERS.length)];
        byte[] out = answer.length < header.length + 2 ? Arrays.copyOf(answer, header.length + 2) : answer.clone();
        System.arraycopy(header, 0, out, 0, header.length);
        if (out.length != answer.length) {
            out[out.length - 2] = (byte) 0x90;
            out[out.length - 1] = 0x00;
        }
        return out;
    }

    private static int pick(int[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
