package jp.madoguchi.issuance.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rules in force from {@code validFrom} to {@code validUntil} (both inclusive; open-ended when empty). A fee
 * change is a new version, so the engine can answer for any date without the file being edited on the day.
 */
public record RuleVersion(LocalDate validFrom, Optional<LocalDate> validUntil,
        Map<CertificateType, CertificateRule> certificates) {
    public RuleVersion {
        validUntil.filter(until -> until.isBefore(validFrom)).ifPresent(until -> {
            throw new IllegalArgumentException("version ends " + until + " before it starts " + validFrom);
        });
        certificates = certificates.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(certificates));
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && validUntil.map(until -> !date.isAfter(until)).orElse(true);
    }

    /** The rule for {@code type}, empty when this version does not offer it. */
    public Optional<CertificateRule> rule(CertificateType type) {
        return Optional.ofNullable(certificates.get(type));
    }
}
