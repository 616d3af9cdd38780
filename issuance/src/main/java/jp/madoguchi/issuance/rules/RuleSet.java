package jp.madoguchi.issuance.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One municipality's compiled rule file: its versions, oldest first and never overlapping, its maintenance stops and
 * the whole days it announced closed.
 */
public record RuleSet(Municipality municipality, List<RuleVersion> versions, List<MaintenanceWindow> maintenance,
        List<DateClosure> closures, String source) {
    public RuleSet {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(source, "source");
        versions = List.copyOf(versions);
        maintenance = List.copyOf(maintenance);
        closures = List.copyOf(closures);
        for (int i = 1; i < versions.size(); i++) {
            RuleVersion previous = versions.get(i - 1);
            LocalDate start = versions.get(i).validFrom();
            if (previous.validUntil().map(until -> !until.isBefore(start)).orElse(true)) {
                throw new IllegalArgumentException(municipality + ": versions overlap at " + start);
            }
        }
    }

    public Optional<RuleVersion> versionOn(LocalDate date) {
        for (RuleVersion version : versions) {
            if (version.inForceOn(date)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    public MunicipalityCode code() {
        return municipality.code();
    }

    /** The start of the newest version: of two files for one municipality, the one that knows later rules. */
    public LocalDate newestStart() {
        return versions.isEmpty() ? LocalDate.MIN : versions.get(versions.size() - 1).validFrom();
    }

    /** The same rules whatever file they came from, e.g. a backup copy left beside the original. */
    public boolean sameRulesAs(RuleSet other) {
        return municipality.equals(other.municipality) && versions.equals(other.versions)
                && maintenance.equals(other.maintenance) && closures.equals(other.closures);
    }
}
