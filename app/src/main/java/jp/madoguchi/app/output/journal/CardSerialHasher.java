package jp.madoguchi.app.output.journal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 of a card's certificate serial under this installation's salt. The same card gives the same hash on
 * this kiosk (so a resident's own history can be found again), while a leaked journal cannot be matched against serials
 * from elsewhere without the salt.
 */
public final class CardSerialHasher {
    private final byte[] salt;

    CardSerialHasher(String hexSalt) {
        this.salt = HexFormat.of().parseHex(hexSalt);
    }

    /** {@code serial} in any case, with or without colons or spaces (as certificate tools print it). */
    public String hash(String serial) {
        String normalized = serial.replaceAll("[:\\s]", "").toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("empty certificate serial");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
