package jp.madoguchi.app.output.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the previous record's hash and this record's fields. Each field is length-prefixed, so no choice of
 * field contents can make two different records hash the same input.
 */
final class RecordHash {
    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);

    private RecordHash() {}

    static String of(String prevHash, long seq, String visit, String at, String type, String body) {
        MessageDigest sha256 = sha256();
        for (String field : new String[] {prevHash, Long.toString(seq), visit, at, type, body}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
