package jp.madoguchi.issuance.engine;

import static jp.madoguchi.issuance.Samples.HARIMA;
import static jp.madoguchi.issuance.Samples.MIYAKO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSource;
import org.junit.jupiter.api.Test;

class MenuTest {
    @Test
    void onAWeekdayTheDefaultHolderGetsEverythingHarimaOffers() {
        Menu menu = menu(HARIMA, "2026-11-20T10:00:00", "default");

        assertThat(menu.items()).extracting(MenuItem::certificate).containsExactly(CertificateType.values());
        assertThat(available(menu)).containsExactly(CertificateType.RESIDENT_RECORD, CertificateType.RESIDENT_RECORD_ITEMS,
                CertificateType.SEAL_REGISTRATION, CertificateType.KOSEKI_FULL, CertificateType.KOSEKI_INDIVIDUAL,
                CertificateType.KOSEKI_ANNEX, CertificateType.INCOME_TAX);
        MenuItem.Available juminhyo = (MenuItem.Available) menu.items().get(0);
        assertThat(juminhyo.feePerCopy()).isEqualTo(200);
        assertThat(juminhyo.maxCopies()).isEqualTo(10);
        assertThat(juminhyo.availableOptions().options()).containsExactly(CertificateOption.WHOLE_HOUSEHOLD,
                CertificateOption.HOUSEHOLD_HEAD, CertificateOption.HONSEKI);
        MenuItem.Available tax = (MenuItem.Available) menu.items().get(6);
        assertThat(tax.availableOptions().taxYears()).containsExactly(2026);
    }

    @Test
    void onSaturdayKosekiSaysWhenItIsAvailable() {
        Menu menu = menu(HARIMA, "2026-11-21T10:00:00", "default");

        MenuItem.Unavailable koseki = (MenuItem.Unavailable) menu.items().get(CertificateType.KOSEKI_FULL.ordinal());
        assertThat(koseki.feePerCopy()).contains(350);
        assertThat(koseki.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("284645:koseki-zenbu:hours");
            assertThat(reason.params()).isEqualTo(Map.of("certificate", "koseki-zenbu", "hours", "weekdays 08:30-17:15"));
            assertThat(ReasonMessages.render(reason)).isEqualTo("戸籍全部事項証明書 (koseki-zenbu) is available weekdays 08:30–17:15.");
        });
    }

    @Test
    void aMinorInATownForFifteenAndOverGetsNothingAndLearnsWhy() {
        Menu menu = menu(MIYAKO, "2026-11-20T10:00:00", "minor");

        assertThat(available(menu)).isEmpty();
        assertThat(menu.items()).allSatisfy(item -> assertThat(((MenuItem.Unavailable) item).reasons()).isNotEmpty());
        assertThat(((MenuItem.Unavailable) menu.items().get(0)).reasons())
                .extracting(Reason::messageKey).containsExactly("age.below-minimum");
        assertThat(((MenuItem.Unavailable) menu.items().get(3)).reasons())
                .extracting(Reason::messageKey).containsExactly("certificate.not-offered");
    }

    @Test
    void aMunicipalityWithAnInvalidFileIsShownOutOfService() {
        RuleEngine engine = new RuleEngine(RuleLoader.load(List.of(new RuleSource("broken.yaml",
                "municipality: {code: \"284645\", name: 播磨町}\nversions: []\n"))).book());

        Menu menu = engine.menu(new MenuQuery(MunicipalityCode.parse(HARIMA), Samples.tokyo("2026-11-20T10:00:00"),
                Samples.requester("default")));

        assertThat(menu.items()).allSatisfy(item -> assertThat(((MenuItem.Unavailable) item).reasons())
                .extracting(Reason::messageKey).containsExactly("municipality.out-of-service"));
    }

    private static Menu menu(String municipality, String at, String resident) {
        return Samples.ENGINE.menu(new MenuQuery(MunicipalityCode.parse(municipality), Samples.tokyo(at),
                Samples.requester(resident)));
    }

    private static List<CertificateType> available(Menu menu) {
        return menu.items().stream().filter(MenuItem.Available.class::isInstance).map(MenuItem::certificate).toList();
    }
}
