package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.MenuItem;
import jp.madoguchi.issuance.engine.MenuQuery;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 §4: values a page does not state. Each row is a file and what {@code rules check} says of it: the
 * warnings (place and path) and errors it must report; a marked value is used as written, an unknown fee never.
 */
class UnverifiedValuesTest {
    private static final String FILE = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: %s
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates:
                  juminhyo: {fee: 200}
                  koseki-zenbu: {fee: %s}
              - validFrom: 2027-04-01
                certificates: {juminhyo: {fee: 300}}
            """;
    private static final String SOURCE = "source: \"https://example.lg.jp/conbini.html\"";

    static Stream<Arguments> files() {
        return Stream.of(
                row("plain values warn nothing", "2016-03-01", "350", List.of(), List.of()),
                row("a marked fee warns at its value, once for both versions", "2016-03-01",
                        "{unverified: 350, " + SOURCE + "}", List.of("8:40: versions[0].certificates.koseki-zenbu.fee"
                                + " is unverified ('350', source: https://example.lg.jp/conbini.html)"), List.of()),
                row("any value may be marked", "{unverified: 2016-03-01, " + SOURCE + "}", "350",
                        List.of("3:29: versions[0].validFrom is unverified"), List.of()),
                row("an unknown fee", "2016-03-01", "{unverified: unknown, " + SOURCE + "}",
                        List.of("8:40: versions[0].certificates.koseki-zenbu.fee is unknown (source:"
                                + " https://example.lg.jp/conbini.html); a kiosk does not issue this certificate"),
                        List.of()),
                row("a mark needs its source", "2016-03-01", "{unverified: 350}", List.of(),
                        List.of("8:27: versions[0].certificates.koseki-zenbu.fee is missing the required key 'source'")),
                row("unknown without a mark is a mistake", "2016-03-01", "unknown", List.of(),
                        List.of("8:27: versions[0].certificates.koseki-zenbu.fee: a fee the page does not state is"
                                + " written {unverified: unknown")),
                row("unknown is only a fee", "2016-03-01\n    minimumAge: {unverified: unknown, " + SOURCE + "}", "350",
                        List.of("4:30: versions[0].minimumAge is unverified"),
                        List.of("4:30: versions[0].minimumAge must be an integer from 0 to 120 (years), got 'unknown'")),
                row("a mark has only its value and source", "2016-03-01", "{unverified: 350, " + SOURCE + ", by: me}",
                        List.of("8:40: versions[0].certificates.koseki-zenbu.fee is unverified"),
                        List.of("8:91: unknown key 'by' in versions[0].certificates.koseki-zenbu.fee")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void checkReportsEachMarkAtItsPlace(String name, String validFrom, String fee, List<String> warnings,
            List<String> errors) {
        LoadReport load = RuleLoader.load(List.of(new RuleSource("t.yaml", FILE.formatted(validFrom, fee))));
        CheckReport report = new CheckReport(load);

        assertThat(report.warningLines()).hasSameSizeAs(warnings);
        for (int i = 0; i < warnings.size(); i++) {
            assertThat(report.warningLines().get(i)).startsWith("t.yaml:" + warnings.get(i).replaceFirst(": ",
                    ": warning: "));
        }
        assertThat(report.errorLines()).hasSameSizeAs(errors);
        for (int i = 0; i < errors.size(); i++) {
            assertThat(report.errorLines().get(i)).startsWith("t.yaml:" + errors.get(i).replaceFirst(": ", ": error: "));
        }
    }

    @Test
    void aCertificateWhoseFeeIsUnknownIsListedWithoutAFeeAndNeverIssued() {
        RuleEngine engine = new RuleEngine(book(FILE.formatted("2016-03-01", "{unverified: unknown, " + SOURCE + "}")));
        MunicipalityCode harima = MunicipalityCode.parse(Samples.HARIMA);

        Decision koseki = engine.decide(new IssuanceRequest(harima, Samples.tokyo("2026-11-20T10:00:00"),
                Samples.requester("default"), CertificateType.KOSEKI_FULL, List.of(), RequestedOptions.NONE, 1));
        List<MenuItem> menu = engine.menu(new MenuQuery(harima, Samples.tokyo("2026-11-20T10:00:00"),
                Samples.requester("default"))).items();

        assertThat(koseki.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("284645:koseki-zenbu:fee");
            assertThat(reason.messageKey()).isEqualTo("fee.unknown");
        });
        assertThat(koseki.feePerCopy()).isEmpty();
        assertThat(menu.get(CertificateType.KOSEKI_FULL.ordinal())).isInstanceOfSatisfying(MenuItem.Unavailable.class,
                item -> assertThat(item.feePerCopy()).isEmpty());
        assertThat(menu.get(CertificateType.RESIDENT_RECORD.ordinal())).isInstanceOf(MenuItem.Available.class);
    }

    @Test
    void theSamplesSayWhatTheirPagesDidNotState() {
        assertThat(new CheckReport(Samples.LOAD).warningLines()).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("samples/rules/chitose.yaml:").contains(
                        "versions[0].certificates.shotoku-kazei.taxYears.switchDate is unverified ('06-15'"))
                .anySatisfy(line -> assertThat(line).startsWith("samples/rules/kagoshima.yaml:").contains(
                        "versions[0].certificates.nozei.fee is unverified ('200'"));
    }

    private static Arguments row(String name, String validFrom, String fee, List<String> warnings,
            List<String> errors) {
        return Arguments.of(name, validFrom, fee, warnings, errors);
    }

    private static RuleBook book(String yaml) {
        LoadReport load = RuleLoader.load(List.of(new RuleSource("t.yaml", yaml)));
        assertThat(load.errors()).isEmpty();
        return load.book();
    }
}
