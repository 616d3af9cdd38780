package jp.madoguchi.issuance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSources;

/** The bundled sample rules and registry, loaded once for all tests (both are immutable). */
public final class Samples {
    public static final String HARIMA = "284645";
    public static final String MIYAKO = "406252";
    public static final String KAGOSHIMA = "462012";
    public static final String CHITOSE = "012246";

    /**
     * The smallest valid rule file: 播磨町 with one version (from 2016-03-01, 06:30-23:00, up to 10 copies) and one
     * certificate, the 住民票 at 200 yen. Tests vary it with {@code replace} (another code, a bad fee).
     */
    public static final String HARIMA_FILE = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates: {juminhyo: {fee: 200}}
            """;

    public static final LoadReport LOAD = RuleLoader.load(RuleSources.bundledSamples());
    public static final RuleBook BOOK = LOAD.book();
    public static final InMemoryResidentRegistry REGISTRY = InMemoryResidentRegistry.bundledSample();
    public static final RuleEngine ENGINE = new RuleEngine(BOOK);

    private Samples() {}

    public static RequesterFacts requester(String residentId) {
        return REGISTRY.requester(residentId).orElseThrow(() -> new AssertionError("no sample resident " + residentId));
    }

    /** A Tokyo local time such as {@code 2026-12-28T22:59:59}. */
    public static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(RuleEngine.TOKYO).toInstant();
    }

    public static IssuanceRequest request(String municipality, String at, String resident, CertificateType type) {
        return new IssuanceRequest(MunicipalityCode.parse(municipality), tokyo(at), requester(resident), type, List.of(),
                RequestedOptions.NONE, 1);
    }
}
