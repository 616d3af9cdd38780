package jp.madoguchi.issuance.visit.card;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Tells one card from another within a visit: the SHA-256 of its 利用者証明用 certificate. Kept in memory for the
 * visit only (a swapped card is detected by comparing two of these) and never shown or journaled.
 */
public record CardFingerprint(String sha256Hex) {
    public CardFingerprint {
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        if (!sha256Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("fingerprint must be 64 lower-case hex digits");
        }
    }

    public static CardFingerprint of(byte[] certificateDer) {
        try {
            return new CardFingerprint(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(certificateDer)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "CardFingerprint[" + sha256Hex.substring(0, 8) + "…]";
    }
}
