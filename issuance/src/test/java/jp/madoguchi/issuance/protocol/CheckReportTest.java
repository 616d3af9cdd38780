package jp.madoguchi.issuance.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSource;
import org.junit.jupiter.api.Test;

class CheckReportTest {
    @Test
    void theSamplesCheckClean() {
        CheckReport report = new CheckReport(Samples.LOAD);

        assertThat(report.ok()).isTrue();
        assertThat(report.errorLines()).isEmpty();
        assertThat(report.fileLines()).contains(
                "ok       samples/rules/harima.yaml  播磨町 (284645)  2 version(s): 2016-03-01..2027-03-31, 2027-04-01..");
        assertThat(report.summary()).isEqualTo("4 file(s): 4 valid, 0 invalid; 4 municipalities in service;"
                + " 3 warning(s)");
    }

    @Test
    void anInvalidFileIsListedWithItsErrorsInCompilerFormat() {
        CheckReport report = new CheckReport(RuleLoader.load(List.of(new RuleSource("bad.yaml",
                "municipality: {code: \"284645\", name: 播磨町}\nversions: []\n"))));

        assertThat(report.ok()).isFalse();
        assertThat(report.fileLines()).containsExactly(
                "INVALID  bad.yaml  1 error(s), skipped; municipality 284645 is out of service");
        assertThat(report.errorLines())
                .containsExactly("bad.yaml:2:11: error: versions is empty: a rule file needs at least one version");
    }

    @Test
    void anEmptyDirectoryIsNotOk() {
        CheckReport report = new CheckReport(RuleLoader.load(List.of()));

        assertThat(report.ok()).isFalse();
        assertThat(report.summary()).isEqualTo("no rule files (*.yaml, *.yml) found");
    }
}
