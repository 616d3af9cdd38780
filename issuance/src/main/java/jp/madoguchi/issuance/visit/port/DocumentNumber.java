package jp.madoguchi.issuance.visit.port;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.random.RandomGenerator;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * The number printed on one issued document, unique per kiosk; the journal keeps it, never the content. The kiosk
 * numbers its sheets with {@link #next}: issuing municipality, Tokyo issue date and ten random base-32 characters
 * ({@code 284645-20261121-K7Q2M9X4TB}), random rather than sequential so that a number tells nothing about how many
 * documents were issued and cannot be guessed from a neighbour's. Other ports (the in-memory one) may number
 * differently, within letters, digits and '-'.
 */
public record DocumentNumber(String value) {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public DocumentNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("not a document number: '" + value + "'");
        }
    }

    public static DocumentNumber next(MunicipalityCode municipality, LocalDate issued) {
        return next(municipality, issued, RANDOM);
    }

    public static DocumentNumber next(MunicipalityCode municipality, LocalDate issued, RandomGenerator random) {
        StringBuilder tail = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            tail.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new DocumentNumber(municipality.value() + "-" + DAY.format(issued) + "-" + tail);
    }

    @Override
    public String toString() {
        return value;
    }
}
