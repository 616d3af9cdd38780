package jp.madoguchi.issuance.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.rules.CertificateOption;

/** What the resident ticked: items to include, and for tax certificates the 年度 (empty: the newest available). */
public record RequestedOptions(Set<CertificateOption> included, Optional<Integer> taxYear) {
    public static final RequestedOptions NONE = new RequestedOptions(Set.of(), Optional.empty());
    /** The JSON id of the tax-year choice, next to the {@link CertificateOption} ids. */
    public static final String TAX_YEAR = "tax-year";

    public RequestedOptions {
        EnumSet<CertificateOption> copy = EnumSet.noneOf(CertificateOption.class);
        copy.addAll(included);
        included = Collections.unmodifiableSet(copy);
    }

    public boolean includes(CertificateOption option) {
        return included.contains(option);
    }
}
