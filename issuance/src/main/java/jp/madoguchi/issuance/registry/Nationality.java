package jp.madoguchi.issuance.registry;

import java.util.Objects;
import java.util.Optional;

/** 国籍・地域 as an ISO 3166 alpha-2 code ({@code JP} for Japanese nationals) and, for foreign residents, 在留資格. */
public record Nationality(String country, Optional<String> residenceStatus) {
    public static final Nationality JAPANESE = new Nationality("JP", Optional.empty());

    public Nationality {
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code, got " + country);
        }
        if (country.equals("JP") == residenceStatus.isPresent()) {
            throw new IllegalArgumentException(
                    "a residence status belongs to foreign residents only, and they need one");
        }
    }

    public boolean isJapanese() {
        return country.equals("JP");
    }
}
