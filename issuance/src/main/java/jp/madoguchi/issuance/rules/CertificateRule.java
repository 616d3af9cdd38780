package jp.madoguchi.issuance.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one municipality decided for one offered certificate in one version, with version-wide defaults (hours,
 * age, copies, year-end closure, blocking conditions) already folded in. {@code minimumAge} 0 means no age limit;
 * {@code fee} is empty when the municipality's page does not state it, and then the kiosk never issues it.
 * {@code blockedFor} maps each condition that stops kiosk issuance to whose situation it is checked on;
 * {@code honsekiUseLeadTime} is how long this 本籍地 takes to register a resident living elsewhere (戸籍 only).
 */
public record CertificateRule(
        CertificateType type,
        Optional<Integer> fee,
        int maxCopies,
        Set<SubjectRelation> subjects,
        Set<CertificateOption> options,
        ServiceHours hours,
        YearEndClosure yearEnd,
        int minimumAge,
        Map<BlockingCondition, BlockScope> blockedFor,
        Optional<TaxYearPolicy> taxYears,
        BusinessDays honsekiUseLeadTime) {

    public CertificateRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(yearEnd, "yearEnd");
        Objects.requireNonNull(honsekiUseLeadTime, "honsekiUseLeadTime");
        subjects = frozen(SubjectRelation.class, subjects);
        options = frozen(CertificateOption.class, options);
        blockedFor = blockedFor.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(blockedFor));
        if (fee.filter(yen -> yen < 1).isPresent() || maxCopies < 1 || minimumAge < 0) {
            throw new IllegalArgumentException(type.id() + ": fee and maxCopies must be positive, age not negative");
        }
        if (!type.lawfulSubjects().containsAll(subjects) || !type.lawfulOptions().containsAll(options)) {
            throw new IllegalArgumentException(type.id() + ": subjects or options beyond what the law allows");
        }
        if (options.contains(CertificateOption.RESIDENT_CODE)) {
            throw new IllegalArgumentException("住民票コード is never offered");
        }
        if (type.perTaxYear() != taxYears.isPresent()) {
            throw new IllegalArgumentException(type.id() + ": tax years belong to tax certificates only");
        }
    }

    /** Enum order, so every listing derived from a rule is the same on every run. */
    static <E extends Enum<E>> Set<E> frozen(Class<E> type, Set<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }
}
