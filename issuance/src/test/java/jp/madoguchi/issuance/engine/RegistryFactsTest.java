package jp.madoguchi.issuance.engine;

import static jp.madoguchi.issuance.Samples.CHITOSE;
import static jp.madoguchi.issuance.Samples.HARIMA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Issue 15 §3: what the pages state that a 住民票 does not hold, now in the registry port (a card issued today, a
 * 戸籍届出 not yet entered, no 課税資料) and in the rule format (a switch day announced for one year). The sample
 * residents {@code new-card}, {@code koseki-pending}, {@code koseki-pending-sister} and {@code honseki-elsewhere}
 * carry these facts; 2026-11-20 is a Friday.
 */
class RegistryFactsTest {
    private static final String SWITCH = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates:
                  shotoku-kazei: {fee: 200, taxYears: {years: 1, switchDate: "06-01", switchedOn: [2026-06-10]}}
            """;
    private static final RuleEngine SWITCHED = engine(SWITCH);

    static Stream<Arguments> rows() {
        return Stream.of(
                row(Samples.ENGINE, Row.of("a card issued today", HARIMA, "2026-11-20T10:00:00", "new-card", "juminhyo")
                        .denied("blocked.card-today")),
                row(Samples.ENGINE, Row.of("is served the next day", HARIMA, "2026-11-21T06:30:00", "new-card",
                        "juminhyo").allowed(200)),
                row(Samples.ENGINE, Row.of("a 戸籍届出 not yet entered stops one's 戸籍", HARIMA, "2026-11-20T10:00:00",
                        "koseki-pending", "koseki-zenbu").denied("blocked.koseki-pending")),
                row(Samples.ENGINE, Row.of("and the 戸籍 of anyone in it", HARIMA, "2026-11-20T10:00:00",
                        "koseki-pending-sister", "koseki-kojin").denied("blocked.koseki-pending")),
                row(Samples.ENGINE, Row.of("but not the 住民票", HARIMA, "2026-11-20T10:00:00", "koseki-pending",
                        "juminhyo").allowed(200)),
                row(Samples.ENGINE, Row.of("no 課税資料 for the 年度", CHITOSE, "2026-11-20T10:00:00", "honseki-elsewhere",
                        "shotoku-kazei").denied("tax-record")),
                row(SWITCHED, Row.of("the day before the announced switch", HARIMA, "2026-06-09T10:00:00", "default",
                        "shotoku-kazei").taxYear(2026).denied("tax-year")),
                row(SWITCHED, Row.of("before it, last year's still", HARIMA, "2026-06-09T10:00:00", "default",
                        "shotoku-kazei").taxYear(2025).allowed(200)),
                row(SWITCHED, Row.of("the announced switch day", HARIMA, "2026-06-10T06:30:00", "default",
                        "shotoku-kazei").taxYear(2026).allowed(200)),
                row(SWITCHED, Row.of("other years keep switchDate", HARIMA, "2027-06-01T06:30:00", "default",
                        "shotoku-kazei").taxYear(2027).allowed(200)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rows")
    void decides(RuleEngine engine, Row row) {
        Decision decision = engine.decide(row.request());

        Set<String> kinds = new TreeSet<>();
        decision.reasons().forEach(reason -> kinds.add(reason.rule().split(":", 3)[2]));
        assertThat(kinds).isEqualTo(row.failing());
        if (decision.allowed()) {
            assertThat(decision.feeTotal()).isEqualTo(row.fee());
        }
    }

    private static Arguments row(RuleEngine engine, Row row) {
        return Arguments.of(engine, row);
    }

    private static RuleEngine engine(String yaml) {
        CompiledFile file = RuleFileCompiler.compile(new RuleSource("switch.yaml", yaml));
        assertThat(file.errors()).isEmpty();
        return new RuleEngine(new RuleBook(List.of(file.ruleSet().orElseThrow()), List.of()));
    }
}
