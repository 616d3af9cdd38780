package jp.madoguchi.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

/** The ways a file is spoiled, each from what went wrong with real files or what YAML lets a file say. */
enum Mutation {
    FLIP_BYTE, INVALID_UTF8, TRUNCATE, DELETE_LINE, DUPLICATE_LINE, BINARY_VALUE, DEEP_NESTING, HUGE_LINE, BOM,
    RANDOM_TAG, ANCHOR_ALIAS, YAML_PUNCTUATION, CONTROL_CHARACTER;

    private static final String[] TAGS = {"!!binary ", "!!int ", "!!float ", "!!map ", "!!seq ", "!!set ", "!!omap ",
        "!!timestamp ", "!!null ", "!!bool ", "!!str ", "!foo ", "!<tag:x> ", "!!python/object "};
    private static final String[] PUNCTUATION = {":", "- ", "? ", "{", "}", "[", "]", ",", "'", "\"", "|", ">", "#",
        "&", "*", "!", "%", "@", "`", "---\n", "...\n", "\t", "  ", "\n", ": {", "[[", "\"\\x"};
    private static final byte[][] INVALID = {{(byte) 0xE9}, {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE3, (byte) 0x81}};

    byte[] apply(byte[] file, Random random) {
        int at = random.nextInt(file.length + 1);
        return switch (this) {
            case FLIP_BYTE -> flip(file, random);
            case INVALID_UTF8 -> insert(file, at, INVALID[random.nextInt(INVALID.length)]);
            case TRUNCATE -> Arrays.copyOf(file, at);
            case DELETE_LINE -> Lines.delete(file, random);
            case DUPLICATE_LINE -> Lines.duplicate(file, random); // a duplicate key, in a mapping
            case BINARY_VALUE -> Lines.replaceValue(file, random, "!!binary " + base64(random));
            case DEEP_NESTING -> Lines.replaceValue(file, random, nesting(random));
            case HUGE_LINE -> insert(file, at, ascii("#" + "x".repeat(1 << (10 + random.nextInt(11))) + "\n"));
            case BOM -> insert(file, random.nextInt(4) == 0 ? at : 0, new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF});
            case RANDOM_TAG -> Lines.replaceValue(file, random, TAGS[random.nextInt(TAGS.length)]
                    + (random.nextBoolean() ? "abc" : "[1, 2]"));
            case ANCHOR_ALIAS -> Lines.replaceValue(file, random, random.nextBoolean() ? "&a x" : "*a");
            case YAML_PUNCTUATION -> insert(file, at, ascii(PUNCTUATION[random.nextInt(PUNCTUATION.length)]));
            case CONTROL_CHARACTER -> insert(file, at, new byte[] {(byte) random.nextInt(32)});
        };
    }

    private static byte[] flip(byte[] file, Random random) {
        if (file.length == 0) {
            return file;
        }
        byte[] copy = file.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    static byte[] insert(byte[] file, int at, byte[] bytes) {
        byte[] out = new byte[file.length + bytes.length];
        System.arraycopy(file, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(file, at, out, at + bytes.length, file.length - at);
        return out;
    }

    private static String base64(Random random) {
        byte[] raw = new byte[1 + random.nextInt(24)];
        random.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** Mostly shallow enough for the parser's own limit to be the one that answers, sometimes far deeper. */
    private static String nesting(Random random) {
        int depth = random.nextBoolean() ? 1 + random.nextInt(80) : 1 << random.nextInt(16);
        String open = random.nextBoolean() ? "[" : "{a: ";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + (random.nextBoolean() ? close.repeat(depth) : "");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
