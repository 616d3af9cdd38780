package jp.madoguchi.issuance.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * One request at the kiosk. {@code subjects} are resident ids; empty means the requester. With the
 * {@code whole-household} option the subjects are the whole household.
 */
public record IssuanceRequest(MunicipalityCode municipality, Instant at, RequesterFacts requester,
        CertificateType certificate, List<String> subjects, RequestedOptions options, int copies) {
    public IssuanceRequest {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(options, "options");
        subjects = List.copyOf(subjects);
    }
}
