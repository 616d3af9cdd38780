package jp.madoguchi.issuance.visit.port;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kiosk's secret key for certificate serials: {@link #hash} is HMAC-SHA-256 under it. The key is kept apart from
 * the journal (its own file, see docs/output.md), so the journal file alone cannot link two visits of one card, and
 * a serial from elsewhere cannot be matched against it. Never printed ({@link #toString}).
 */
public final class SerialKey {
    /** 128 bits: below that a key is guessable; the kiosk makes 256-bit keys. */
    public static final int MINIMUM_BYTES = 16;

    private final byte[] key;

    private SerialKey(byte[] key) {
        if (key.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("a serial key needs at least " + MINIMUM_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public static SerialKey of(byte[] key) {
        return new SerialKey(key);
    }

    /** A key from a test's fixed text (UTF-8 bytes); a kiosk's key is random ({@code JournalKey}). */
    public static SerialKey fromText(String text) {
        return new SerialKey(text.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA-256 over the serial in lower-case hexadecimal without leading zeros. */
    public SerialHash hash(BigInteger serial) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new SerialHash(HexFormat.of().formatHex(
                    mac.doFinal(serial.toString(16).getBytes(StandardCharsets.US_ASCII))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SerialKey k && Arrays.equals(key, k.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "SerialKey[secret]";
    }
}
