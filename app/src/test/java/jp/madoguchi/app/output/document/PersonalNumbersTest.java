package jp.madoguchi.app.output.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.KosekiEntry;
import jp.madoguchi.issuance.registry.Nationality;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.SealRegistration;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSource;
import jp.madoguchi.issuance.visit.VisitId;
import org.junit.jupiter.api.Test;

/** The 個人番号 is printed only when allowed and chosen; the 住民票コード never; 外字 names go to the counter. */
class PersonalNumbersTest {
    private static final RuleEngine OFFERS_MY_NUMBER = new RuleEngine(RuleLoader.load(List.of(new RuleSource("x.yaml", """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates:
                  juminhyo: {fee: 200, options: [household-head, my-number]}
            """))).book());
    private static final String NUMBER = new SampleMyNumbers().myNumber(Samples.REGISTRY.find("default").orElseThrow());

    private final VisitId visit = VisitId.random();

    @Test
    void printedWhenTheRulesAllowItAndTheResidentChoseIt() {
        String text = textOf(order(OFFERS_MY_NUMBER, Set.of(CertificateOption.MY_NUMBER), true));

        assertThat(text).contains("個人番号", NUMBER);
    }

    @Test
    void absentWhenAllowedButNotChosen() {
        assertThat(textOf(order(OFFERS_MY_NUMBER, Set.of(CertificateOption.MY_NUMBER), false)))
                .doesNotContain("個人番号", NUMBER);
        assertThat(textOf(order(OFFERS_MY_NUMBER, Set.of(), false))).doesNotContain("個人番号", NUMBER);
    }

    @Test
    void absentWhenChosenButTheMunicipalityDoesNotOfferIt() {
        CertificateOrder order = order(Samples.ENGINE, Set.of(), true);

        assertThat(order.myNumberAllowed()).isFalse();
        assertThat(textOf(order)).doesNotContain("個人番号", NUMBER);
    }

    @Test
    void theResidentCodeHasNoWayOntoPaperEvenIfAnOrderAsksForIt() {
        CertificateOrder asking = new CertificateOrder(visit, MunicipalityCode.parse(Samples.HARIMA), "default",
                CertificateType.RESIDENT_RECORD, List.of("default"),
                new RequestedOptions(Set.of(CertificateOption.RESIDENT_CODE, CertificateOption.HOUSEHOLD_HEAD),
                        Optional.empty()), Optional.empty(), false, false, 1, 200);

        assertThat(textOf(asking)).contains("世帯主").doesNotContain("住民票コード");
    }

    @Test
    void theSampleNumbersHaveTheLegalFormatWithAValidCheckDigit() {
        assertThat(NUMBER).matches("\\d{12}");
        assertThat(SampleMyNumbers.checkDigit("12345678901")).isEqualTo(8);
        assertThat(NUMBER.charAt(11) - '0').isEqualTo(SampleMyNumbers.checkDigit(NUMBER.substring(0, 11)));
    }

    @Test
    void aNameWithACharacterTheFontLacksIsRefusedNotPrintedAsABox() {
        Resident gaiji = new Resident("gaiji", "見本 \uD842\uDFB7子", LocalDate.of(1990, 1, 1),
                MunicipalityCode.parse(Samples.HARIMA), LocalDate.of(2000, 1, 1), "h-gaiji", true,
                Optional.of(new KosekiEntry("k-gaiji", MunicipalityCode.parse(Samples.HARIMA), false)),
                Nationality.JAPANESE, SealRegistration.NONE, Set.of());
        CertificateComposer composer = new CertificateComposer(InMemoryResidentRegistry.of(List.of(gaiji)),
                Certificates.PLACES, new SampleMyNumbers());
        CertificateOrder order = new CertificateOrder(visit, MunicipalityCode.parse(Samples.HARIMA), "gaiji",
                CertificateType.RESIDENT_RECORD, List.of("gaiji"), RequestedOptions.NONE, Optional.empty(), false,
                false, 1, 200);

        assertThatThrownBy(() -> composer.compose(order)).isInstanceOf(DocumentRefused.class)
                .hasMessage("outside-character: U+20BB7");
    }

    private CertificateOrder order(RuleEngine engine, Set<CertificateOption> options, boolean chosen) {
        return Certificates.order(engine, visit, Samples.HARIMA, "default", CertificateType.RESIDENT_RECORD, options,
                List.of(), chosen, 1);
    }

    private static String textOf(CertificateOrder order) {
        return Certificates.text(Certificates.ISSUER.issue(order).get(0).pdf());
    }
}
