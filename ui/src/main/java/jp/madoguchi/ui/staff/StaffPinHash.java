package jp.madoguchi.ui.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN as configuration keeps it: {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64),
 * never the PIN itself. PBKDF2 because the JDK has it and a 6-digit PIN needs a slow hash to resist a stolen
 * config file at least a little; the real protection is that the gesture is hidden and the kiosk is watched.
 */
public final class StaffPinHash {
    /** Staff PINs are exactly this many digits (the staff pad's length). */
    public static final int DIGITS = 6;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private StaffPinHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Reads a configured hash; a malformed one is refused with a message that does not echo it. */
    public static StaffPinHash parse(String encoded) {
        String[] parts = Objects.requireNonNull(encoded, "encoded").strip().split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("a staff PIN hash looks like " + SCHEME + ":ITERATIONS:SALT:HASH");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 10_000) {
                throw new IllegalArgumentException("a staff PIN hash needs at least 10000 iterations");
            }
            return new StaffPinHash(iterations, Base64.getDecoder().decode(parts[2]),
                    Base64.getDecoder().decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the iteration count of the staff PIN hash is not a number", e);
        }
    }

    /** Hashes a new PIN with a fresh salt; {@code pin} is wiped. */
    public static StaffPinHash create(char[] pin, SecureRandom random) {
        try {
            if (pin.length != DIGITS || !allDigits(pin)) {
                throw new IllegalArgumentException("a staff PIN has exactly " + DIGITS + " digits");
            }
            byte[] salt = new byte[SALT_BYTES];
            random.nextBytes(salt);
            return new StaffPinHash(ITERATIONS, salt, derive(pin, salt, ITERATIONS));
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** Slow on purpose (a few hundred ms): call off the FX thread. {@code pin} is wiped. */
    public boolean matches(char[] pin) {
        try {
            return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "StaffPinHash[" + SCHEME + ", " + iterations + " iterations]";
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static boolean allDigits(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
