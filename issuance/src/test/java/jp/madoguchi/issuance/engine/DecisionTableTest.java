package jp.madoguchi.issuance.engine;

import static jp.madoguchi.issuance.Samples.CHITOSE;
import static jp.madoguchi.issuance.Samples.HARIMA;
import static jp.madoguchi.issuance.Samples.KAGOSHIMA;
import static jp.madoguchi.issuance.Samples.MIYAKO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule kind against the sample municipalities and residents, with the boundary instants docs/rules.md lists.
 * 2026-11-20 is a Friday, 11-21 a Saturday, 11-23 勤労感謝の日 (a Monday).
 */
class DecisionTableTest {
    static Stream<Row> hoursAndClosures() {
        return Stream.of(
                Row.of("06:29:59 is before opening", HARIMA, "2026-11-20T06:29:59", "default", "juminhyo").denied("hours"),
                Row.of("06:30:00 opens", HARIMA, "2026-11-20T06:30:00", "default", "juminhyo").allowed(200),
                Row.of("22:59:59 is still open", HARIMA, "2026-11-20T22:59:59", "default", "juminhyo").allowed(200),
                Row.of("23:00:00 has closed", HARIMA, "2026-11-20T23:00:00", "default", "juminhyo").denied("hours"),
                Row.of("12/28 22:59:59 is the last moment of the year", HARIMA, "2026-12-28T22:59:59", "default", "juminhyo")
                        .allowed(200),
                Row.of("12/28 23:00 is closed by the hours", HARIMA, "2026-12-28T23:00:00", "default", "juminhyo")
                        .denied("hours"),
                Row.of("12/29 06:30 is closed for the year end", HARIMA, "2026-12-29T06:30:00", "default", "juminhyo")
                        .denied("year-end"),
                Row.of("12/30 10:00 is closed for the year end", HARIMA, "2026-12-30T10:00:00", "default", "juminhyo")
                        .denied("year-end"),
                Row.of("1/3 22:00 is still closed", HARIMA, "2027-01-03T22:00:00", "default", "juminhyo").denied("year-end"),
                Row.of("1/4 06:30 reopens", HARIMA, "2027-01-04T06:30:00", "default", "juminhyo").allowed(200),
                Row.of("戸籍 08:29:59 on a weekday", HARIMA, "2026-11-20T08:29:59", "default", "koseki-zenbu").denied("hours"),
                Row.of("戸籍 08:30:00 on a weekday", HARIMA, "2026-11-20T08:30:00", "default", "koseki-zenbu").allowed(350),
                Row.of("戸籍 17:15:00 has closed", HARIMA, "2026-11-20T17:15:00", "default", "koseki-kojin").denied("hours"),
                Row.of("戸籍 on a Saturday", HARIMA, "2026-11-21T10:00:00", "default", "koseki-zenbu").denied("hours"),
                Row.of("戸籍 on a national holiday", HARIMA, "2026-11-23T10:00:00", "default", "koseki-zenbu").denied("hours"),
                Row.of("住民票 on a national holiday", HARIMA, "2026-11-23T10:00:00", "default", "juminhyo").allowed(200),
                Row.of("maintenance 08:59:59", CHITOSE, "2026-12-06T08:59:59", "renewal", "juminhyo").denied("maintenance"),
                Row.of("maintenance over at 09:00", CHITOSE, "2026-12-06T09:00:00", "renewal", "juminhyo").allowed(300),
                Row.of("戸籍-only maintenance stops 戸籍", CHITOSE, "2027-02-10T17:30:00", "renewal", "koseki-zenbu")
                        .denied("maintenance"),
                Row.of("戸籍-only maintenance spares 住民票", CHITOSE, "2027-02-10T17:30:00", "renewal", "juminhyo")
                        .allowed(300));
    }

    static Stream<Row> versionsAndFees() {
        return Stream.of(
                Row.of("the last day of the old fee", HARIMA, "2027-03-31T22:59:59", "default", "koseki-fuhyo").allowed(200),
                Row.of("the new fee from 2027-04-01", HARIMA, "2027-04-01T06:30:00", "default", "koseki-fuhyo").allowed(300),
                Row.of("the new 戸籍 fee", HARIMA, "2027-04-01T08:30:00", "default", "koseki-zenbu").allowed(450),
                Row.of("before the first version", HARIMA, "2016-02-29T10:00:00", "default", "juminhyo").denied("version"),
                Row.of("an unknown municipality", "131016", "2026-11-20T10:00:00", "default", "juminhyo")
                        .denied("municipality"),
                Row.of("a certificate not offered", HARIMA, "2026-11-20T10:00:00", "default", "nozei").denied("offered"),
                Row.of("a town without 戸籍 at kiosks", MIYAKO, "2026-11-20T10:00:00", "expired", "koseki-zenbu")
                        .denied("offered"),
                Row.of("ten copies", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo").copies(10).allowed(200),
                Row.of("eleven copies", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo").copies(11).denied("copies"),
                Row.of("zero copies", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo").copies(0).denied("copies"));
    }

    static Stream<Row> eligibility() {
        return Stream.of(
                Row.of("a minor in a 15+ town", MIYAKO, "2026-11-20T10:00:00", "minor", "juminhyo").denied("age"),
                Row.of("the day before the 15th birthday", MIYAKO, "2029-08-09T10:00:00", "minor", "juminhyo").denied("age"),
                Row.of("the 15th birthday", MIYAKO, "2029-08-10T10:00:00", "minor", "juminhyo").allowed(200),
                Row.of("the minor's parent", MIYAKO, "2026-11-20T10:00:00", "minor-parent", "inkan-toroku").allowed(200),
                Row.of("転出予定", HARIMA, "2026-11-20T10:00:00", "moving-out", "juminhyo").denied("blocked.moving-out"),
                Row.of("a 転出予定者 in the household stops the 住民票 of the others", HARIMA, "2026-11-20T10:00:00",
                        "moving-out-spouse", "juminhyo").denied("blocked.moving-out"),
                Row.of("but not their 印鑑登録証明書", HARIMA, "2026-11-20T10:00:00", "moving-out-spouse", "inkan-toroku")
                        .allowed(200),
                Row.of("支援措置", HARIMA, "2026-11-20T10:00:00", "support-measure", "juminhyo").denied("blocked.support-measure"),
                Row.of("the day of 転入", HARIMA, "2026-11-20T10:00:00", "moved-in", "juminhyo").denied("blocked.moved-in-today"),
                Row.of("the day after 転入", HARIMA, "2026-11-21T10:00:00", "moved-in", "juminhyo").allowed(200),
                Row.of("not resident here", CHITOSE, "2026-11-20T10:00:00", "default", "juminhyo").denied("residence"),
                Row.of("本籍 here, living elsewhere, 利用登録 done", HARIMA, "2026-11-20T10:00:00", "last-try", "koseki-zenbu")
                        .allowed(350),
                Row.of("本籍 here, living elsewhere, no 利用登録", HARIMA, "2026-11-20T10:00:00", "honseki-elsewhere", "koseki-fuhyo")
                        .denied("honseki-use"),
                Row.of("本籍 in another municipality", HARIMA, "2026-11-20T10:00:00", "renewal", "koseki-zenbu")
                        .denied("residence"),
                Row.of("a foreign resident has no 戸籍", HARIMA, "2026-11-20T10:00:00", "foreign-resident", "koseki-zenbu")
                        .denied("residence"),
                Row.of("印鑑 registered", HARIMA, "2026-11-20T10:00:00", "default", "inkan-toroku").allowed(200),
                Row.of("印鑑 cancelled is never certified", CHITOSE, "2026-11-20T10:00:00", "renewal", "inkan-toroku")
                        .denied("seal"),
                Row.of("印鑑 never registered", HARIMA, "2026-11-20T10:00:00", "default-spouse", "inkan-toroku").denied("seal"));
    }

    static Stream<Row> subjectsAndOptions() {
        return Stream.of(
                Row.of("a household member's 住民票", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo")
                        .subjects("default-spouse", "default-mother").allowed(200),
                Row.of("the whole household", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo")
                        .options("whole-household", "household-head", "honseki").allowed(200),
                Row.of("someone outside the household", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo")
                        .subjects("renewal").denied("subjects"),
                Row.of("印鑑 is for oneself only", HARIMA, "2026-11-20T10:00:00", "default", "inkan-toroku")
                        .subjects("default-spouse").denied("subjects"),
                Row.of("戸籍 of a same-戸籍 member", HARIMA, "2026-11-20T10:00:00", "default", "koseki-kojin")
                        .subjects("default-child").allowed(350),
                Row.of("戸籍 of a household member in another 戸籍", HARIMA, "2026-11-20T10:00:00", "default", "koseki-kojin")
                        .subjects("default-mother").denied("subjects"),
                Row.of("個人番号 where the town does not offer it", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo")
                        .options("my-number").denied("option.my-number"),
                Row.of("住民票コード is never printed", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo")
                        .options("resident-code").denied("option.resident-code"),
                Row.of("国籍・地域 for a foreign resident", HARIMA, "2026-11-20T10:00:00", "foreign-resident", "juminhyo")
                        .options("nationality", "residence-status").allowed(200),
                Row.of("国籍・地域 for a Japanese household", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo")
                        .options("nationality").denied("option.nationality"),
                Row.of("本籍 for a foreign household", HARIMA, "2026-11-20T10:00:00", "foreign-resident", "juminhyo")
                        .options("honseki").denied("option.honseki"),
                Row.of("a 年度 on a 住民票", HARIMA, "2026-11-20T10:00:00", "default", "juminhyo").taxYear(2025)
                        .denied("option.tax-year"));
    }

    static Stream<Row> taxYears() {
        return Stream.of(
                Row.of("May 31: the newest 年度 is last year's", HARIMA, "2026-05-31T10:00:00", "default", "shotoku-kazei")
                        .taxYear(2025).allowed(200),
                Row.of("May 31: this year's is not out yet", HARIMA, "2026-05-31T10:00:00", "default", "shotoku-kazei")
                        .taxYear(2026).denied("tax-year"),
                Row.of("June 1: the switch day", HARIMA, "2026-06-01T06:30:00", "default", "shotoku-kazei")
                        .taxYear(2026).allowed(200),
                Row.of("June 1: current only, last year's is gone", HARIMA, "2026-06-01T06:30:00", "default", "shotoku-kazei")
                        .taxYear(2025).denied("tax-year"),
                Row.of("Chitose switches on 06-15 (14th)", CHITOSE, "2026-06-14T10:00:00", "renewal", "shotoku-kazei")
                        .taxYear(2026).denied("tax-year"),
                Row.of("Chitose switches on 06-15 (15th)", CHITOSE, "2026-06-15T10:00:00", "renewal", "shotoku-kazei")
                        .taxYear(2026).allowed(300),
                Row.of("four past years: the oldest", KAGOSHIMA, "2026-11-20T10:00:00", "locked", "nozei")
                        .taxYear(2023).allowed(200),
                Row.of("four past years: one too old", KAGOSHIMA, "2026-11-20T10:00:00", "locked", "shotoku-kazei")
                        .taxYear(2022).denied("tax-year"),
                Row.of("moved in after 1 January", HARIMA, "2026-11-21T10:00:00", "moved-in", "shotoku-kazei")
                        .denied("tax-record"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"hoursAndClosures", "versionsAndFees", "eligibility", "subjectsAndOptions", "taxYears"})
    void decides(Row row) {
        Decision decision = Samples.ENGINE.decide(row.request());

        assertThat(failingKinds(decision)).isEqualTo(row.failing());
        assertThat(decision.allowed()).isEqualTo(row.failing().isEmpty());
        if (decision.allowed()) {
            assertThat(decision.feePerCopy()).contains(row.fee());
            assertThat(decision.feeTotal()).isEqualTo(row.fee() * row.copies());
        } else {
            assertThat(decision.feeTotal()).isZero();
        }
    }

    /** The rule kinds of the reasons: {@code 284645:juminhyo:hours} gives {@code hours}. */
    private static Set<String> failingKinds(Decision decision) {
        Set<String> kinds = new TreeSet<>();
        decision.reasons().forEach(reason -> kinds.add(reason.rule().split(":", 3)[2]));
        return kinds;
    }
}
