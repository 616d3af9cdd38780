package jp.madoguchi.issuance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.registry.KosekiEntry;
import jp.madoguchi.issuance.registry.Nationality;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentFlag;
import jp.madoguchi.issuance.registry.SealRegistration;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import org.junit.jupiter.api.Test;

/** Facts that are not in the sample registry: a household with a 転出予定者 and a mixed-nationality household. */
class HouseholdFactsTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse(Samples.HARIMA);

    @Test
    void aHouseholdWithAMemberMovingOutGetsNo住民票NotEvenTheRequestersOwn() {
        RequesterFacts facts = new RequesterFacts(person("p1", true, Set.of()),
                List.of(person("p2", false, Set.of(ResidentFlag.MOVING_OUT))));

        Decision own = decide(facts, List.of(), Set.of());
        Decision whole = decide(facts, List.of(), Set.of(CertificateOption.WHOLE_HOUSEHOLD));

        for (Decision decision : List.of(own, whole)) {
            assertThat(decision.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("284645:juminhyo:blocked.moving-out");
                assertThat(reason.messageKey()).isEqualTo("blocked.others");
                assertThat(reason.params()).containsEntry("persons", "p2").containsEntry("scope", "household");
            });
        }
        assertThat(ReasonMessages.render(own.reasons().get(0))).isEqualTo("Not available at a kiosk: 転出予定"
                + " (moving-out) applies to residents p2 (the requester's household); please apply at the counter.");
    }

    @Test
    void aMixedHouseholdCanHaveBothHonsekiAndNationalityOnOne住民票() {
        Resident spouse = new Resident("p2", "見本 アナ", LocalDate.of(1990, 1, 1), HARIMA, LocalDate.of(2020, 1, 1), "h",
                false, Optional.empty(), new Nationality("BR", Optional.of("日本人の配偶者等")), SealRegistration.NONE, Set.of());
        RequesterFacts facts = new RequesterFacts(person("p1", true, Set.of()), List.of(spouse));

        Decision decision = decide(facts, List.of(), Set.of(CertificateOption.WHOLE_HOUSEHOLD, CertificateOption.HONSEKI,
                CertificateOption.NATIONALITY));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.availableOptions().options()).contains(CertificateOption.HONSEKI, CertificateOption.NATIONALITY,
                CertificateOption.RESIDENCE_STATUS);
    }

    private static Decision decide(RequesterFacts facts, List<String> subjects, Set<CertificateOption> options) {
        return Samples.ENGINE.decide(new IssuanceRequest(HARIMA, Samples.tokyo("2026-11-20T10:00:00"), facts,
                CertificateType.RESIDENT_RECORD, subjects, new RequestedOptions(options, Optional.empty()), 1));
    }

    private static Resident person(String id, boolean head, Set<ResidentFlag> flags) {
        return new Resident(id, "見本 " + id, LocalDate.of(1980, 1, 1), HARIMA, LocalDate.of(2000, 1, 1), "h", head,
                Optional.of(new KosekiEntry("k-" + id, HARIMA, false)), Nationality.JAPANESE, SealRegistration.NONE, flags);
    }
}
