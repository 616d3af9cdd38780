package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateType;

/** Everything the resident is about to pay for, as the confirm screen lists it. */
public record OrderSummary(MunicipalityChoice municipality, CertificateType certificate, RequestedOptions options,
        boolean wholeHousehold, List<SubjectChoice> subjects, int copies, int feePerCopy, int feeTotal) {
    public OrderSummary {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(options, "options");
        subjects = List.copyOf(subjects);
    }
}
