package jp.madoguchi.issuance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSources;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random requests (seed printed in failures): fees never negative, no bare denial,
 * no 住民票コード among available options, nothing 個人番号-shaped in any output, and determinism.
 */
class DecisionPropertiesTest {
    private static final long SEED = 20261121L;
    private static final int RUNS = 2_000;
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final List<String> MUNICIPALITIES = List.of(Samples.HARIMA, Samples.MIYAKO, Samples.KAGOSHIMA,
            Samples.CHITOSE, "131016");
    private static final List<String> RESIDENTS = Samples.REGISTRY.residents().stream().map(Resident::id).toList();
    private static final long FROM = Instant.parse("2016-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond();

    @Test
    void feesAreNeverNegativeAndAllowedRequestsPayPerCopy() {
        int allowed = 0;
        for (IssuanceRequest request : requests()) {
            Decision decision = Samples.ENGINE.decide(request);
            allowed += decision.allowed() ? 1 : 0;
            assertThat(decision.feeTotal()).as("%s", request).isNotNegative();
            decision.feePerCopy().ifPresent(fee -> assertThat(fee).isPositive());
            if (decision.allowed()) {
                assertThat(decision.feeTotal()).isEqualTo(decision.feePerCopy().orElseThrow() * request.copies());
            }
        }
        assertThat(allowed).as("the generator must produce both outcomes").isBetween(1, RUNS - 1);
    }

    @Test
    void aDeniedDecisionAlwaysHasAReasonThatIsTracedAndHasText() {
        for (IssuanceRequest request : requests()) {
            Decision decision = Samples.ENGINE.decide(request);
            assertThat(decision.allowed()).isEqualTo(decision.reasons().isEmpty());
            for (Reason reason : decision.reasons()) {
                assertThat(decision.trace()).anySatisfy(entry -> {
                    assertThat(entry.rule()).isEqualTo(reason.rule());
                    assertThat(entry.outcome()).isEqualTo(TraceEntry.Outcome.FAIL);
                });
                assertThat(ReasonMessages.template(reason.messageKey())).as(reason.messageKey()).isPresent();
                assertThat(ReasonMessages.render(reason)).doesNotContain("{");
            }
        }
    }

    @Test
    void optionsNeverContain住民票コードAndAllowedOptionsWereAvailable() {
        for (IssuanceRequest request : requests()) {
            Decision decision = Samples.ENGINE.decide(request);
            assertThat(decision.availableOptions().options()).doesNotContain(CertificateOption.RESIDENT_CODE);
            if (decision.allowed()) {
                assertThat(decision.availableOptions().options()).containsAll(request.options().included());
            }
        }
    }

    @Test
    void nothingShapedLikeAPersonalNumberAppearsInReasonsOrTraces() {
        for (IssuanceRequest request : requests()) {
            Decision decision = Samples.ENGINE.decide(request);
            decision.trace().forEach(entry -> assertThat(TWELVE_DIGITS.matcher(entry.detail()).find()).isFalse());
            decision.reasons().forEach(reason -> assertThat(TWELVE_DIGITS.matcher(reason.params().toString()).find()).isFalse());
        }
    }

    @Test
    void theSameInputAlwaysGivesTheSameOutputAcrossCallsEnginesAndThreads() {
        RuleEngine fresh = new RuleEngine(RuleLoader.load(RuleSources.bundledSamples()).book());
        List<IssuanceRequest> requests = requests();
        List<Decision> first = requests.stream().map(Samples.ENGINE::decide).toList();

        assertThat(requests.stream().map(Samples.ENGINE::decide).toList()).isEqualTo(first);
        assertThat(requests.stream().map(fresh::decide).toList()).isEqualTo(first);
        assertThat(requests.parallelStream().map(Samples.ENGINE::decide).toList()).isEqualTo(first);
    }

    private static List<IssuanceRequest> requests() {
        Random random = new Random(SEED);
        List<IssuanceRequest> requests = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            String resident = pick(random, RESIDENTS);
            List<String> subjects = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                subjects.add(pick(random, RESIDENTS));
            }
            Set<CertificateOption> options = EnumSet.noneOf(CertificateOption.class);
            for (CertificateOption option : CertificateOption.values()) {
                if (random.nextInt(6) == 0) {
                    options.add(option);
                }
            }
            Optional<Integer> taxYear = random.nextBoolean() ? Optional.empty() : Optional.of(2020 + random.nextInt(9));
            Instant at = Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)));
            requests.add(new IssuanceRequest(MunicipalityCode.parse(pick(random, MUNICIPALITIES)), at,
                    Samples.requester(resident), pick(random, List.of(CertificateType.values())), subjects,
                    new RequestedOptions(options, taxYear), random.nextInt(13)));
        }
        return requests;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
