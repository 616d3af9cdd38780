package jp.madoguchi.issuance.visit.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * A paid, engine-approved request to render, dated {@code issuedAt}: people are registry refs ({@code requester}
 * and {@code subjects}, empty meaning the requester; with {@code wholeHousehold} the adapter takes the requester's
 * household). One document per copy.
 */
public record DocumentOrder(VisitId visit, Instant issuedAt, MunicipalityCode municipality,
        CertificateType certificate, String requester, List<String> subjects, boolean wholeHousehold,
        RequestedOptions options, int copies) {
    public DocumentOrder {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(requester, "requester");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(options, "options");
        if (copies < 1) {
            throw new IllegalArgumentException("copies " + copies);
        }
    }
}
