package jp.madoguchi.issuance.visit.port;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A certificate serial as the journal keeps it: SHA-256 over the kiosk's secret salt and the serial. Two visits
 * with the same card can be linked on one kiosk (fraud review) but the serial itself is not recoverable.
 */
public record SerialHash(String hex) {
    public SerialHash {
        Objects.requireNonNull(hex, "hex");
    }

    public static SerialHash of(String salt, BigInteger serial) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(serial.toString(16).getBytes(StandardCharsets.US_ASCII));
            return new SerialHash(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
