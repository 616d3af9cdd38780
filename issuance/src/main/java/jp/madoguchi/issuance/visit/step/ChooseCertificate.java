package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;

/** The menu of {@code municipality} for this resident now. Only available items can be chosen. */
public record ChooseCertificate(MunicipalityChoice municipality, List<CertificateChoice> items)
        implements VisitStep {
    public ChooseCertificate {
        Objects.requireNonNull(municipality, "municipality");
        items = List.copyOf(items);
    }
}
