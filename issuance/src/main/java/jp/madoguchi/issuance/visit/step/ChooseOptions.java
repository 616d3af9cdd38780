package jp.madoguchi.issuance.visit.step;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;

/**
 * Items to show on the certificate ({@code available}, never 世帯全員, which belongs to {@link ChooseSubjects}) and,
 * for tax certificates, the 年度. {@code chosen} is the current selection; {@code Confirm} moves on.
 */
public record ChooseOptions(CertificateType certificate, Set<CertificateOption> available, List<Integer> taxYears,
        RequestedOptions chosen) implements VisitStep {
    public ChooseOptions {
        Objects.requireNonNull(certificate, "certificate");
        EnumSet<CertificateOption> copy = EnumSet.noneOf(CertificateOption.class);
        copy.addAll(available);
        available = Collections.unmodifiableSet(copy);
        taxYears = List.copyOf(taxYears);
        Objects.requireNonNull(chosen, "chosen");
    }
}
