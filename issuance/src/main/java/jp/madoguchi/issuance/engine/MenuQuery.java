package jp.madoguchi.issuance.engine;

import java.time.Instant;
import java.util.Objects;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/** "What can this person get from this municipality at this instant?" */
public record MenuQuery(MunicipalityCode municipality, Instant at, RequesterFacts requester) {
    public MenuQuery {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requester, "requester");
    }
}
