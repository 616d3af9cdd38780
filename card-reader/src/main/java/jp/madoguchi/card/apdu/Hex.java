package jp.madoguchi.card.apdu;

import java.util.HexFormat;

/** Hex helpers for traces, fixtures and JSON output. */
public final class Hex {
    private static final HexFormat UPPER = HexFormat.of().withUpperCase();
    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {}

    public static String of(byte[] bytes) {
        return UPPER.formatHex(bytes);
    }

    public static String spaced(byte[] bytes) {
        return SPACED.formatHex(bytes);
    }

    /** Parses hex, ignoring spaces, colons and line breaks. */
    public static byte[] parse(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("[\\s:]", ""));
    }
}
