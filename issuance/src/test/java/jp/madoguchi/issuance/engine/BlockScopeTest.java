package jp.madoguchi.issuance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.RuleFileCompiler;
import jp.madoguchi.issuance.rules.load.RuleSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 §1: whose situation a block is checked on. The sample household h-shiro is 見本 四郎 (転出届済, 世帯主) and
 * 見本 五月 (not moving), both in 戸籍 k-shiro; each row is a file's {@code blockedFor} and a request by her.
 */
class BlockScopeTest {
    private static final String FILE = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates:
                  juminhyo: {fee: 200%s}
                  juminhyo-kisai-jiko: {fee: 200%s}
                  inkan-toroku: {fee: 200}
                  koseki-zenbu: {fee: 350%s}
            """;

    static Stream<Arguments> rows() {
        return Stream.of(
                row("by default a 転出予定者 in the household stops her 住民票", "", "", "", "juminhyo", "household"),
                row("and her 住民票記載事項証明書", "", "", "", "juminhyo-kisai-jiko", "household"),
                row("but not her 印鑑登録証明書 (only the requester and subjects)", "", "", "", "inkan-toroku", ""),
                row("nor her 戸籍 by default", "", "", "", "koseki-zenbu", ""),
                row("a list keeps the default scope", ", blockedFor: [moving-out]", "", "", "juminhyo", "household"),
                row("a town may narrow it to the subjects", ", blockedFor: {moving-out: subjects}", "", "", "juminhyo",
                        ""),
                row("or drop it", ", blockedFor: [support-measure]", "", "", "juminhyo", ""),
                row("a 戸籍-wide block", "", "", ", blockedFor: {moving-out: koseki}", "koseki-zenbu", "koseki"),
                row("a household block on 戸籍 sees the household", "", "", ", blockedFor: {moving-out: household}",
                        "koseki-zenbu", "household"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String name, String juminhyo, String items, String koseki, String certificate, String deniedScope) {
        RuleEngine engine = engine(FILE.formatted(juminhyo, items, koseki));
        CertificateType type = Identified.byId(CertificateType.class, certificate).orElseThrow();

        Decision decision = engine.decide(new IssuanceRequest(MunicipalityCode.parse(Samples.HARIMA),
                Samples.tokyo("2026-11-20T10:00:00"), Samples.requester("moving-out-spouse"), type, List.of(),
                RequestedOptions.NONE, 1));

        if (deniedScope.isEmpty()) {
            assertThat(decision.reasons()).isEmpty();
        } else {
            assertThat(decision.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("284645:" + certificate + ":blocked.moving-out");
                assertThat(reason.messageKey()).isEqualTo("blocked.others");
                assertThat(reason.params()).containsEntry("persons", "moving-out").containsEntry("scope", deniedScope);
            });
        }
    }

    private static Arguments row(String name, String juminhyo, String items, String koseki, String certificate,
            String deniedScope) {
        return Arguments.of(name, juminhyo, items, koseki, certificate, deniedScope);
    }

    private static RuleEngine engine(String yaml) {
        var file = RuleFileCompiler.compile(new RuleSource("test.yaml", yaml));
        assertThat(file.errors()).isEmpty();
        return new RuleEngine(new RuleBook(List.of(file.ruleSet().orElseThrow()), List.of()));
    }
}
