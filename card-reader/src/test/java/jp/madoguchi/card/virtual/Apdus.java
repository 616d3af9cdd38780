package jp.madoguchi.card.virtual;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.jpki.Application;

/** Wire-level commands and response helpers for the card tests, spelled as the clients send them. */
public final class Apdus {
    public static final String SELECT_JPKI = "00A4040C0A" + Application.JPKI.aidHex();
    public static final String SELECT_KENHOJO = "00A4040C0A" + Application.KENHOJO.aidHex();

    private Apdus() {}

    public static byte[] selectEf(int fid) {
        return Hex.parse(String.format("00A4020C02%04X", fid));
    }

    public static byte[] read(int offset, int le) {
        return Hex.parse(String.format("00B0%04X%02X", offset, le & 0xFF));
    }

    public static byte[] verify(String pin) {
        byte[] ascii = pin.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(Hex.parse("0020008000"), 5 + ascii.length);
        out[4] = (byte) ascii.length;
        System.arraycopy(ascii, 0, out, 5, ascii.length);
        return out;
    }

    public static byte[] triesQuery() {
        return Hex.parse("00200080");
    }

    public static byte[] sign(byte[] digestInfo) {
        byte[] out = new byte[6 + digestInfo.length];
        System.arraycopy(Hex.parse("802A0080"), 0, out, 0, 4);
        out[4] = (byte) digestInfo.length;
        System.arraycopy(digestInfo, 0, out, 5, digestInfo.length);
        return out;
    }

    public static int sw(byte[] response) {
        return ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
    }

    public static byte[] data(byte[] response) {
        return Arrays.copyOf(response, response.length - 2);
    }

    /** Sends hex and returns the status word. */
    public static int send(VirtualMyNumberCard card, String hex) {
        return sw(card.process(Hex.parse(hex)));
    }

    public static int send(VirtualMyNumberCard card, byte[] apdu) {
        return sw(card.process(apdu));
    }
}
