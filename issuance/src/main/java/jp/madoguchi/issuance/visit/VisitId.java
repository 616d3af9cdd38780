package jp.madoguchi.issuance.visit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One visit, from the service choice to the return to the attract screen. Documents, print jobs, payments and
 * journal entries are bound to it, so nothing can be printed for the wrong visit. Random, never derived from a
 * person.
 */
public record VisitId(String value) {
    private static final RandomGenerator RANDOM = new SecureRandom();

    public VisitId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("V-[0-9a-f]{16}")) {
            throw new IllegalArgumentException("visit id must look like V-0123456789abcdef, got " + value);
        }
    }

    public static VisitId random() {
        return random(RANDOM);
    }

    public static VisitId random(RandomGenerator random) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return new VisitId("V-" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
