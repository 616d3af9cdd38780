package jp.madoguchi.issuance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.CompiledFile;
import jp.madoguchi.issuance.rules.load.RuleFileCompiler;
import jp.madoguchi.issuance.rules.load.RuleSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 §5: what a refusal says comes from the municipality's rules, and reads as a sentence. The first file
 * writes the 本籍地利用登録 lead time as 帯広市 does (約5営業日); the samples keep the common 1-3.
 */
class ReasonWordingTest {
    private static final String OBIHIRO_LIKE = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                honsekiUseBusinessDays: 5
                certificates:
                  koseki-zenbu: {fee: 350}
                  koseki-fuhyo: {fee: 200, honsekiUseBusinessDays: 2-4}
            """;
    private static final RuleEngine OWN = engine(OBIHIRO_LIKE);
    private static final String HARIMA = Samples.HARIMA;
    private static final String FRIDAY = "2026-11-20T10:00:00";

    static Stream<Arguments> rows() {
        return Stream.of(
                row(OWN, Row.of("a lead time of about five days", HARIMA, FRIDAY, "honseki-elsewhere", "koseki-zenbu"),
                        "registration.honseki-use-missing", "A 本籍地利用登録 with municipality 284645 is needed first; it"
                                + " takes about 5 business days."),
                row(OWN, Row.of("a certificate's own range", HARIMA, FRIDAY, "honseki-elsewhere", "koseki-fuhyo"),
                        "registration.honseki-use-missing", "A 本籍地利用登録 with municipality 284645 is needed first; it"
                                + " takes 2–4 business days."),
                row(Samples.ENGINE, Row.of("the common 1-3 where a file says nothing", HARIMA, FRIDAY,
                        "honseki-elsewhere", "koseki-fuhyo"), "registration.honseki-use-missing", "A 本籍地利用登録 with"
                                + " municipality 284645 is needed first; it takes 1–3 business days."),
                row(Samples.ENGINE, Row.of("a weekday-only service on 勤労感謝の日 says holiday", HARIMA,
                        "2026-11-23T10:00:00", "default", "koseki-zenbu"), "hours.holiday", "戸籍全部事項証明書"
                                + " (koseki-zenbu) is not available on national holidays (2026-11-23 is one); it is"
                                + " available weekdays 08:30–17:15."),
                row(Samples.ENGINE, Row.of("a Saturday is not a holiday", HARIMA, "2026-11-21T10:00:00", "default",
                        "koseki-zenbu"), "hours.outside", "戸籍全部事項証明書 (koseki-zenbu) is available weekdays"
                                + " 08:30–17:15."),
                row(Samples.ENGINE, Row.of("ids are listed with spaces", HARIMA, FRIDAY, "default", "inkan-toroku")
                        .subjects("default-spouse"), "subjects.not-allowed", "印鑑登録証明書 (inkan-toroku) can be"
                                + " requested for self only, not for resident default-spouse."),
                row(Samples.ENGINE, Row.of("tax years too", Samples.KAGOSHIMA, FRIDAY, "locked", "nozei").taxYear(2021),
                        "tax.year-unavailable", "Tax year 2021 is not available; available: 2026, 2025, 2024, 2023."),
                row(Samples.ENGINE, Row.of("maintenance ends at a readable time", Samples.CHITOSE,
                        "2026-12-06T08:00:00", "renewal", "juminhyo"), "closed.maintenance", "The service is stopped"
                                + " for maintenance until 2026-12-06 09:00 (システムメンテナンス (illustrative))."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rows")
    void says(RuleEngine engine, Row row, String key, String message) {
        Decision decision = engine.decide(row.request());

        assertThat(decision.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo(key);
            assertThat(ReasonMessages.render(reason)).isEqualTo(message);
        });
    }

    private static Arguments row(RuleEngine engine, Row row, String key, String message) {
        return Arguments.of(engine, row, key, message);
    }

    private static RuleEngine engine(String yaml) {
        CompiledFile file = RuleFileCompiler.compile(new RuleSource("obihiro-like.yaml", yaml));
        assertThat(file.errors()).isEmpty();
        return new RuleEngine(new RuleBook(List.of(file.ruleSet().orElseThrow()), List.of()));
    }
}
