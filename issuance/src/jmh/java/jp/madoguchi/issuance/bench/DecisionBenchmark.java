package jp.madoguchi.issuance.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.registry.KosekiEntry;
import jp.madoguchi.issuance.registry.Nationality;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.SealRegistration;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision against the national catalogue, timed per call (SampleTime gives the median and p99). The allowed
 * request is a whole-household 住民票 with options; the denied one trips two rules, so reasons are built too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecisionBenchmark {
    /** A copy of the real 播磨町 file near this index: daily 06:30-23:00, 戸籍 on weekdays, every fee known. */
    private static final int MUNICIPALITY = 1001;
    private static final String TEMPLATE = "catalogue/harima.yaml";

    @Param("1741")
    public int municipalities;

    private RuleEngine engine;
    private IssuanceRequest allowed;
    private IssuanceRequest denied;

    @Setup
    public void load() {
        engine = new RuleEngine(RuleLoader.load(NationalCatalogue.sources(municipalities)).book());
        int index = NationalCatalogue.copyOf(TEMPLATE, MUNICIPALITY, municipalities); // still 播磨町 in small runs
        MunicipalityCode here = NationalCatalogue.code(index);
        RequesterFacts household = new RequesterFacts(person("head", true, here),
                List.of(person("spouse", false, here), person("child", false, here)));
        Instant friday = Instant.parse("2026-11-20T01:00:00Z"); // 10:00 in Tokyo
        Instant saturday = Instant.parse("2026-11-21T01:00:00Z");
        allowed = new IssuanceRequest(here, friday, household, CertificateType.RESIDENT_RECORD, List.of(),
                new RequestedOptions(Set.of(CertificateOption.WHOLE_HOUSEHOLD, CertificateOption.HOUSEHOLD_HEAD),
                        Optional.empty()), 2);
        denied = new IssuanceRequest(here, saturday, household, CertificateType.KOSEKI_FULL, List.of("spouse"),
                new RequestedOptions(Set.of(CertificateOption.RESIDENT_CODE), Optional.empty()), 1);
        if (!decideAllowed().allowed() || decideDenied().reasons().size() != 2) {
            throw new IllegalStateException("benchmark requests do not decide as intended");
        }
    }

    @Benchmark
    public Decision decideAllowed() {
        return engine.decide(allowed);
    }

    @Benchmark
    public Decision decideDenied() {
        return engine.decide(denied);
    }

    private static Resident person(String id, boolean head, MunicipalityCode here) {
        return new Resident(id, "見本 " + id, LocalDate.of(1980, 1, 1), here, LocalDate.of(2010, 4, 1), "h", head,
                Optional.of(new KosekiEntry("k", here, false)), Nationality.JAPANESE, SealRegistration.REGISTERED,
                Set.of());
    }
}
