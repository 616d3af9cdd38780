package jp.madoguchi.issuance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSource;
import org.junit.jupiter.api.Test;

/** 個人番号 on a 住民票 is a municipality's choice: allowed where its file offers it, refused where it does not. */
class MyNumberOptionTest {
    private static final String OFFERS_MY_NUMBER = """
            municipality: {code: "284645", name: 播磨町 (個人番号あり)}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates:
                  juminhyo: {fee: 200, options: [household-head, my-number]}
            """;

    @Test
    void allowedWhereTheMunicipalityOffersIt() {
        RuleEngine engine = new RuleEngine(RuleLoader.load(List.of(new RuleSource("x.yaml", OFFERS_MY_NUMBER))).book());

        Decision decision = engine.decide(request(Samples.HARIMA, "default"));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.availableOptions().options()).contains(CertificateOption.MY_NUMBER);
    }

    @Test
    void refusedWhereItIsExcluded() {
        Decision decision = Samples.ENGINE.decide(request(Samples.CHITOSE, "renewal"));

        assertThat(decision.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("012246:juminhyo:option.my-number");
            assertThat(reason.messageKey()).isEqualTo("option.not-offered");
        });
        assertThat(decision.availableOptions().options()).doesNotContain(CertificateOption.MY_NUMBER);
    }

    private static IssuanceRequest request(String municipality, String resident) {
        return new IssuanceRequest(MunicipalityCode.parse(municipality), Samples.tokyo("2026-11-20T10:00:00"),
                Samples.requester(resident), CertificateType.RESIDENT_RECORD, List.of(),
                new RequestedOptions(Set.of(CertificateOption.MY_NUMBER), Optional.empty()), 1);
    }
}
