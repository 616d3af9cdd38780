package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per kind of mistake: a small file containing it, the exact line:column it must be reported at and the
 * words the message must contain. Every file is otherwise valid, so each row proves one check.
 */
class RuleFileErrorsTest {
    private static final String HEAD = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates:
            """;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                row("unknown certificate type", HEAD + "      juminhyou: {fee: 200}\n",
                        "7:7", "unknown certificate type 'juminhyou'", "expected one of: juminhyo,"),
                row("fee not a positive integer", HEAD + "      juminhyo: {fee: -200}\n",
                        "7:23", "versions[0].certificates.juminhyo.fee must be a positive integer", "got '-200'"),
                row("fee with a unit", HEAD + "      juminhyo: {fee: 200円}\n",
                        "7:23", "must be a positive integer", "got '200円'"),
                row("fee of zero", HEAD + "      juminhyo: {fee: 0}\n", "7:23", "must be a positive integer"),
                row("window ends before it starts", HEAD + "      juminhyo: {fee: 200, hours: {daily: \"23:00-06:30\"}}\n",
                        "7:43", "time window ends at 06:30, before it starts at 23:00"),
                row("empty window", HEAD + "      juminhyo: {fee: 200, hours: {weekdays: \"09:00-09:00\"}}\n",
                        "7:46", "ends at 09:00, the same time it starts"),
                row("hour out of range", HEAD + "      juminhyo: {fee: 200, hours: {daily: \"06:30-25:00\"}}\n",
                        "7:43", "has a time outside 00:00-24:00"),
                row("windows of a day out of order", HEAD
                                + "      juminhyo: {fee: 200, hours: {daily: \"13:00-17:15,08:30-12:00\"}}\n",
                        "7:43", "08:30-12:00 starts before 13:00-17:15 ends", "in order, without overlap"),
                row("windows of a day overlapping", HEAD
                                + "      juminhyo: {fee: 200, hours: {daily: \"08:30-12:30,12:00-17:15\"}}\n",
                        "7:43", "12:00-17:15 starts before 08:30-12:30 ends"),
                row("a bad second window", HEAD + "      juminhyo: {fee: 200, hours: {daily: \"08:30-12:00,13:00\"}}\n",
                        "7:43", "several like 08:30-12:00,13:00-17:15", "got '08:30-12:00,13:00'"),
                row("closed day ending before it starts",
                        "closures:\n  - {first: 2026-12-06, last: 2026-12-05, note: x}\n" + HEAD
                                + "      juminhyo: {fee: 200}\n",
                        "2:31", "closures[0] ends on 2026-12-05, before it starts on 2026-12-06"),
                row("closed day without a note", "closures:\n  - {first: 2026-12-06}\n" + HEAD
                                + "      juminhyo: {fee: 200}\n",
                        "2:5", "closures[0] is missing the required key 'note'"),
                row("unknown day", HEAD + "      juminhyo: {fee: 200, hours: {weekday: \"09:00-17:00\"}}\n",
                        "7:36", "unknown day 'weekday'"),
                row("unknown option", HEAD + "      juminhyo: {fee: 200, options: [kojin-bango]}\n",
                        "7:38", "unknown option 'kojin-bango'"),
                row("住民票コード offered", HEAD + "      juminhyo: {fee: 200, options: [resident-code]}\n",
                        "7:38", "'resident-code' (住民票コード) can never be offered"),
                row("option on the wrong certificate", HEAD + "      koseki-zenbu: {fee: 350, options: [my-number]}\n",
                        "7:42", "option 'my-number' does not exist on 戸籍全部事項証明書"),
                row("subject the law forbids", HEAD + "      inkan-toroku: {fee: 200, subjects: [self, same-household]}\n",
                        "7:49", "'same-household' may not be the subject of 印鑑登録証明書", "the law allows self"),
                row("subjects without self", HEAD + "      juminhyo: {fee: 200, subjects: [same-household]}\n",
                        "7:38", "must include self"),
                row("unknown blocking scope", HEAD + "      juminhyo: {fee: 200, blockedFor: {moving-out: family}}\n",
                        "7:53", "blockedFor.moving-out: unknown scope 'family'", "expected one of: subjects, household"),
                row("unknown blocking condition", HEAD + "      juminhyo: {fee: 200, blockedFor: {moved-out: household}}\n",
                        "7:41", "unknown blocking condition 'moved-out'"),
                row("blockedFor neither list nor map", HEAD + "      juminhyo: {fee: 200, blockedFor: moving-out}\n",
                        "7:40", "must be a list of blocking conditions", "or map them to a scope"),
                row("lead time not a number of days", HEAD + "      koseki-zenbu: {fee: 350, honsekiUseBusinessDays: 3-1}\n",
                        "7:56", "honsekiUseBusinessDays must be business days from 1 to 60", "got '3-1'"),
                row("lead time on a certificate without 本籍地", HEAD
                                + "      juminhyo: {fee: 200, honsekiUseBusinessDays: 5}\n",
                        "7:52", "honsekiUseBusinessDays only applies to 戸籍 certificates"),
                row("a card block on the household", HEAD + "      juminhyo: {fee: 200, blockedFor: {card-today: household}}\n",
                        "7:53", "card-today is about the requester's own card"),
                row("two switch days in one year", HEAD + "      nozei: {fee: 200, taxYears: {years: 1, switchDate: \"06-01\","
                                + " switchedOn: [2026-06-10, 2026-06-12]}}\n",
                        "7:92", "switchedOn names two days in 2026; one switch day per year"),
                row("unknown key", HEAD + "      juminhyo: {fee: 200, feee: 150}\n",
                        "7:28", "unknown key 'feee' in versions[0].certificates.juminhyo"),
                row("missing fee", HEAD + "      juminhyo: {subjects: [self]}\n",
                        "7:17", "juminhyo is missing the required key 'fee'"),
                row("tax certificate without tax years", HEAD + "      shotoku-kazei: {fee: 200}\n",
                        "7:22", "taxYears is missing"),
                row("tax years on a non-tax certificate",
                        HEAD + "      juminhyo: {fee: 200, taxYears: {years: 1, switchDate: \"06-01\"}}\n",
                        "7:38", "taxYears only applies to tax certificates"),
                row("impossible switch date",
                        HEAD + "      nozei: {fee: 200, taxYears: {years: 1, switchDate: \"02-30\"}}\n",
                        "7:58", "'02-30' is not a day of the year"),
                row("duplicate key", HEAD + "      juminhyo: {fee: 200}\n      juminhyo: {fee: 300}\n",
                        "8:7", "duplicate key 'juminhyo' (first written at line 7)"),
                row("bad municipality code", HEAD.replace("284645", "284640") + "      juminhyo: {fee: 200}\n",
                        "1:22", "has check digit 0, expected 5"),
                row("overlapping versions", HEAD.replace("2016-03-01", "2016-03-01\n    validUntil: 2027-04-30")
                        + "      juminhyo: {fee: 200}\n  - validFrom: 2027-04-01\n    certificates: {juminhyo: {fee: 300}}\n",
                        "4:17", "overlapping versions: versions[0] runs until 2027-04-30 but versions[1] starts on 2027-04-01"),
                row("two versions on one day", HEAD + "      juminhyo: {fee: 200}\n"
                        + "  - validFrom: 2016-03-01\n    certificates: {juminhyo: {fee: 300}}\n",
                        "8:16", "overlapping versions: versions[1] starts on 2016-03-01, the same day as versions[0]"),
                row("versions out of order", HEAD.replace("2016-03-01", "2020-01-01") + "      juminhyo: {fee: 200}\n"
                        + "  - validFrom: 2016-03-01\n    certificates: {juminhyo: {fee: 300}}\n",
                        "8:16", "before versions[0] (2020-01-01); list versions oldest first"),
                row("validUntil before validFrom", HEAD.replace("2016-03-01", "2016-03-01\n    validUntil: 2015-01-01")
                        + "      juminhyo: {fee: 200}\n", "4:17", "validUntil 2015-01-01 is before its validFrom 2016-03-01"),
                row("not a date", HEAD.replace("2016-03-01", "2016-3-1") + "      juminhyo: {fee: 200}\n",
                        "3:16", "must be a date like 2027-04-01", "got '2016-3-1'"),
                row("no maxCopies anywhere", HEAD.replace("    maxCopies: 10\n", "") + "      juminhyo: {fee: 200}\n",
                        "6:17", "juminhyo.maxCopies is missing and its version sets no maxCopies either"),
                row("maintenance ending before it starts",
                        "maintenance:\n  - {from: 2026-12-06T09:00, until: 2026-12-06T00:00, note: x}\n" + HEAD
                                + "      juminhyo: {fee: 200}\n",
                        "2:37", "ends at 2026-12-06T00:00, not after it starts"),
                row("YAML syntax error", "municipality: {code: \"284645\", name: 播磨町\nversions: []\n",
                        "2:9", "YAML syntax error"),
                row("empty file", "", "1:1", "the file is empty"),
                row("no certificate offered", HEAD + "      juminhyo: {fee: 200, offered: false}\n",
                        "7:7", "offers no certificate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItWasWritten(String name, String yaml, String lineColumn, List<String> words) {
        CompiledFile file = RuleFileCompiler.compile(new RuleSource("test.yaml", yaml));

        assertThat(file.valid()).isFalse();
        assertThat(file.ruleSet()).isEmpty();
        assertThat(file.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("test.yaml");
            assertThat(error.line() + ":" + error.column()).isEqualTo(lineColumn);
            assertThat(error.message()).contains(words);
        });
    }

    @Test
    void reportsEveryErrorOfAFileNotJustTheFirst() {
        String yaml = HEAD + "      juminhyou: {fee: 200}\n      juminhyo: {fee: -1, options: [resident-code]}\n";

        List<RuleError> errors = RuleFileCompiler.compile(new RuleSource("test.yaml", yaml)).errors();

        assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly("7:7", "8:23", "8:37");
    }

    @Test
    void anInheritedMistakeIsReportedOnceAtItsOwnLine() {
        String yaml = HEAD + "      juminhyo: {fee: 200, options: [kojin-bango]}\n"
                + "  - validFrom: 2027-04-01\n    certificates: {juminhyo: {fee: 300}}\n";

        assertThat(RuleFileCompiler.compile(new RuleSource("test.yaml", yaml)).errors())
                .singleElement().satisfies(error -> assertThat(error.line()).isEqualTo(7));
    }

    @Test
    void errorsPrintLikeACompiler() {
        RuleError error = RuleFileCompiler.compile(new RuleSource("x.yaml", HEAD + "      juminhyo: {fee: 0}\n"))
                .errors().get(0);

        assertThat(error).hasToString("x.yaml:7:23: versions[0].certificates.juminhyo.fee must be a positive integer"
                + " (yen per copy), got '0'");
    }

    private static Arguments row(String name, String yaml, String lineColumn, String... words) {
        return Arguments.of(name, yaml, lineColumn, List.of(words));
    }
}
