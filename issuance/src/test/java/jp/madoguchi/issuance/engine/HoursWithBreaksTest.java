package jp.madoguchi.issuance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.CompiledFile;
import jp.madoguchi.issuance.rules.load.RuleFileCompiler;
import jp.madoguchi.issuance.rules.load.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 §2: a lunch break, several windows a day, and whole days announced closed. 2026-11-20 is a Friday,
 * 11-21 a Saturday, 11-23 勤労感謝の日.
 */
class HoursWithBreaksTest {
    private static final String FILE = """
            municipality: {code: "284645", name: 播磨町}
            closures:
              - first: 2026-11-27
                note: 住民記録システム更改
              - first: 2026-12-03
                last: 2026-12-04
                note: 戸籍システム更改
                certificates: [koseki-zenbu]
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates:
                  juminhyo: {fee: 200}
                  koseki-zenbu:
                    fee: 350
                    hours: {weekdays: "08:30-12:00, 13:00-17:15", saturday: "09:00-12:00"}
            """;
    private static final RuleEngine ENGINE = engine();

    static Stream<Arguments> rows() {
        return Stream.of(
                row("戸籍 in the morning window", "2026-11-20T11:59:59", "koseki-zenbu"),
                row("戸籍 at lunch", "2026-11-20T12:00:00", "koseki-zenbu", "hours"),
                row("戸籍 at the end of lunch", "2026-11-20T12:59:59", "koseki-zenbu", "hours"),
                row("戸籍 after lunch", "2026-11-20T13:00:00", "koseki-zenbu"),
                row("戸籍 at 17:15", "2026-11-20T17:15:00", "koseki-zenbu", "hours"),
                row("戸籍 on a Saturday morning", "2026-11-21T11:00:00", "koseki-zenbu"),
                row("戸籍 on a Saturday afternoon", "2026-11-21T13:00:00", "koseki-zenbu", "hours"),
                row("戸籍 on a holiday", "2026-11-23T10:00:00", "koseki-zenbu", "hours"),
                row("a closed day closes everything", "2026-11-27T10:00:00", "juminhyo", "closure"),
                row("from the opening", "2026-11-27T06:30:00", "juminhyo", "closure"),
                row("to the closing", "2026-11-27T22:59:59", "juminhyo", "closure"),
                row("the next day is open", "2026-11-28T06:30:00", "juminhyo"),
                row("a 戸籍-only closure, first day", "2026-12-03T10:00:00", "koseki-zenbu", "closure"),
                row("its last day", "2026-12-04T10:00:00", "koseki-zenbu", "closure"),
                row("spares the 住民票", "2026-12-03T10:00:00", "juminhyo"),
                row("and ends with its last day", "2026-12-07T10:00:00", "koseki-zenbu"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String name, String at, String certificate, Set<String> failing) {
        Decision decision = ENGINE.decide(new IssuanceRequest(MunicipalityCode.parse(Samples.HARIMA),
                Samples.tokyo(at), Samples.requester("default"),
                Identified.byId(CertificateType.class, certificate).orElseThrow(), List.of(), RequestedOptions.NONE, 1));

        Set<String> kinds = new TreeSet<>();
        decision.reasons().forEach(reason -> kinds.add(reason.rule().split(":", 3)[2]));
        assertThat(kinds).isEqualTo(failing);
    }

    @Test
    void theReasonNamesEveryWindowOfTheDay() {
        Decision lunch = ENGINE.decide(new IssuanceRequest(MunicipalityCode.parse(Samples.HARIMA),
                Samples.tokyo("2026-11-20T12:30:00"), Samples.requester("default"), CertificateType.KOSEKI_FULL,
                List.of(), RequestedOptions.NONE, 1));
        Decision closed = ENGINE.decide(new IssuanceRequest(MunicipalityCode.parse(Samples.HARIMA),
                Samples.tokyo("2026-12-03T10:00:00"), Samples.requester("default"), CertificateType.KOSEKI_FULL,
                List.of(), RequestedOptions.NONE, 1));

        assertThat(lunch.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.params()).containsEntry("hours", "weekdays 08:30-12:00,13:00-17:15, saturday 09:00-12:00");
            assertThat(ReasonMessages.render(reason)).isEqualTo("戸籍全部事項証明書 (koseki-zenbu) is available weekdays"
                    + " 08:30–12:00 and 13:00–17:15; saturday 09:00–12:00.");
        });
        assertThat(closed.reasons()).singleElement().extracting(ReasonMessages::render)
                .isEqualTo("The service is closed on 2026-12-03 to 2026-12-04 (戸籍システム更改).");
    }

    private static Arguments row(String name, String at, String certificate, String... failing) {
        return Arguments.of(name, at, certificate, Set.of(failing));
    }

    private static RuleEngine engine() {
        CompiledFile file = RuleFileCompiler.compile(new RuleSource("breaks.yaml", FILE));
        assertThat(file.errors()).isEmpty();
        return new RuleEngine(new RuleBook(List.of(file.ruleSet().orElseThrow()), List.of()));
    }
}
