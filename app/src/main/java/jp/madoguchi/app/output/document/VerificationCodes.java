package jp.madoguchi.app.output.document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * The 照合番号 printed on a certificate: an HMAC over its number, issue time and content under a key the issuer
 * holds, in four groups of four base-32 characters. Whoever holds the key can tell a genuine sheet from an edited one
 * (the role of the J-LIS 改ざん防止 check); the sample installation keeps a random key for its lifetime.
 */
public final class VerificationCodes {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private final byte[] key;

    public VerificationCodes(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("verification key must be at least 16 bytes");
        }
        this.key = key.clone();
    }

    public static VerificationCodes withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new VerificationCodes(key);
    }

    public String code(DocumentNumber number, Instant issuedAt, String content) {
        byte[] mac = mac(number.value() + "\n" + issuedAt + "\n" + content);
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt((mac[i] & 0xff) % 32));
        }
        return code.toString();
    }

    public boolean matches(String code, DocumentNumber number, Instant issuedAt, String content) {
        return code(number, issuedAt, content).equals(code);
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
