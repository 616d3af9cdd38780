package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 §6: two files for one municipality code. Each row is the two files (in file-name order) and which one
 * serves, or none; the municipality is in service exactly when one does.
 */
class DuplicateFilesTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse("284645");
    private static final String OLD = Samples.HARIMA_FILE;
    private static final String NEWER = OLD + """
              - validFrom: 2027-04-01
                certificates: {juminhyo: {fee: 300}}
            """;
    private static final String INVALID = OLD.replace("fee: 200", "fee: -200");
    private static final String OTHER_FEE = OLD.replace("fee: 200", "fee: 250");

    static Stream<Arguments> pairs() {
        return Stream.of(
                pair("an invalid backup first does not stop the valid file", INVALID, OLD, "b.yaml"),
                pair("nor an invalid one second", OLD, INVALID, "a.yaml"),
                pair("the file with the newer version serves, whatever its name", NEWER, OLD, "a.yaml"),
                pair("also when it comes second", OLD, NEWER, "b.yaml"),
                pair("an exact copy: the first by name serves", OLD, OLD, "a.yaml"),
                pair("different rules, same newest version: neither serves", OLD, OTHER_FEE, ""),
                pair("two invalid files: neither serves", INVALID, INVALID, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void decidesWhichFileServes(String name, String a, String b, String serving) {
        LoadReport report = RuleLoader.load(List.of(new RuleSource("a.yaml", a), new RuleSource("b.yaml", b)));

        assertThat(report.files()).filteredOn(CompiledFile::inService).extracting(CompiledFile::file)
                .isEqualTo(serving.isEmpty() ? List.of() : List.of(serving));
        assertThat(report.book().isOutOfService(HARIMA)).isEqualTo(serving.isEmpty());
        assertThat(report.book().ruleSet(HARIMA).map(RuleSet::source)).isEqualTo(Optional.of(serving)
                .filter(s -> !s.isEmpty()));
        report.files().stream().filter(f -> !f.inService() && !serving.isEmpty())
                .forEach(f -> assertThat(f.servedBy()).contains(serving));
    }

    @Test
    void checkSaysWhichFileServesAndWhyTheOtherIsNotUsed() {
        CheckReport report = new CheckReport(RuleLoader.load(List.of(new RuleSource("harima-copy.yaml", OLD),
                new RuleSource("harima.yaml", NEWER), new RuleSource("harima.bak.yaml", INVALID))));

        assertThat(report.fileLines()).containsExactly(
                "unused   harima-copy.yaml  播磨町 (284645)  not used; harima.yaml serves municipality 284645",
                "ok       harima.yaml  播磨町 (284645)  2 version(s): 2016-03-01..2027-03-31, 2027-04-01..",
                "INVALID  harima.bak.yaml  1 error(s), skipped; harima.yaml serves municipality 284645");
        assertThat(report.warningLines()).containsExactly("harima-copy.yaml:1:22: warning: municipality 284645 is"
                + " also defined in harima.yaml, which serves it (its newest version starts on 2027-04-01, this file's"
                + " on 2016-03-01); this file is not used: remove it");
        assertThat(report.errorLines()).singleElement().asString().isEqualTo("harima.bak.yaml:6:36: error:"
                + " versions[0].certificates.juminhyo.fee must be a positive integer (yen per copy), got '-200'");
        assertThat(report.summary()).isEqualTo("3 file(s): 2 valid (1 not used), 1 invalid; 1 municipalities in service;"
                + " 1 warning(s)");
    }

    @Test
    void aConflictIsAnErrorOfEachFileNamingTheOther() {
        LoadReport report = RuleLoader.load(List.of(new RuleSource("a.yaml", OLD), new RuleSource("b.yaml", OTHER_FEE)));

        assertThat(report.errors()).extracting(RuleError::toString).containsExactly(
                "a.yaml:1:22: municipality 284645 is also defined in b.yaml with different rules whose newest version"
                        + " also starts on 2016-03-01; the kiosk cannot tell which is meant, so neither serves: remove"
                        + " one, or give the one to use a newer version",
                "b.yaml:1:22: municipality 284645 is also defined in a.yaml with different rules whose newest version"
                        + " also starts on 2016-03-01; the kiosk cannot tell which is meant, so neither serves: remove"
                        + " one, or give the one to use a newer version");
    }

    private static Arguments pair(String name, String a, String b, String serving) {
        return Arguments.of(name, a, b, serving);
    }
}
