package jp.madoguchi.issuance.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.rules.CertificateOption;

/**
 * The options the resident can actually choose for this request: those the municipality offers that make sense for
 * the subjects, and the 年度 on record. 住民票コード can never be in here; the constructor makes sure.
 */
public record AvailableOptions(Set<CertificateOption> options, List<Integer> taxYears) {
    public static final AvailableOptions NONE = new AvailableOptions(Set.of(), List.of());

    public AvailableOptions {
        if (options.contains(CertificateOption.RESIDENT_CODE)) {
            throw new IllegalStateException("住民票コード must never be available");
        }
        EnumSet<CertificateOption> copy = EnumSet.noneOf(CertificateOption.class);
        copy.addAll(options);
        options = Collections.unmodifiableSet(copy);
        taxYears = List.copyOf(taxYears);
    }
}
