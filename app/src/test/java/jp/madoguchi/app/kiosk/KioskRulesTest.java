package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.ui.staff.StaffConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk outside the demo (training: the directory as it is) on two files for one municipality, docs/rules.md
 * "Two files for one municipality" (Issue 15 §6): an invalid stray copy beside the valid file is a warning, the
 * valid file serves and the kiosk stays in service; an invalid file nothing else serves is still a rules problem.
 */
class KioskRulesTest {
    private static final String HARIMA = Samples.HARIMA_FILE;
    private static final String MIYAKO = HARIMA.replace("284645", "406252").replace("播磨町", "みやこ町");

    @TempDir
    Path dir;

    @Test
    void anInvalidStrayCopyIsAWarningAndTheValidFileServes() throws Exception {
        Files.writeString(dir.resolve("harima.yaml"), HARIMA);
        Files.writeString(dir.resolve("harima-old.yaml"), HARIMA.replace("fee: 200", "fee: -200"));
        Files.writeString(dir.resolve("miyako.yaml"), MIYAKO);

        KioskRules rules = KioskRules.loadAny(dir);

        assertThat(rules.problem()).isEmpty();
        assertThat(rules.get().size()).isEqualTo(2);
        assertThat(rules.get().ruleSet(MunicipalityCode.parse("284645")).orElseThrow().source())
                .isEqualTo(dir + "/harima.yaml");
        assertThat(rules.warnings()).singleElement().asString().contains(dir + "/harima-old.yaml is invalid (1 error(s)",
                "must be a positive integer", "not used: " + dir + "/harima.yaml serves municipality 284645");
        KioskStatus.Rules status = rules.status();
        assertThat(status.directory()).isEqualTo(dir.toString());
        assertThat(status.problem()).isNull();
        assertThat(status.warnings()).isEqualTo(rules.warnings());
        assertThat(status.duplicates()).containsExactly(new KioskStatus.Duplicate("284645", dir + "/harima.yaml",
                java.util.List.of(dir + "/harima-old.yaml")));
    }

    @Test
    void anInvalidFileThatLeavesItsMunicipalityUnservedIsStillARulesProblem() throws Exception {
        Files.writeString(dir.resolve("harima.yaml"), HARIMA);
        Files.writeString(dir.resolve("miyako.yaml"), MIYAKO.replace("fee: 200", "fee: -200"));

        KioskRules rules = KioskRules.loadAny(dir);

        assertThat(rules.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("1 invalid"));
        assertThat(rules.warnings()).isEmpty();
        assertThat(rules.status().duplicates()).isEmpty();
    }

    @Test
    void aReloadWithAnInvalidStrayCopySwapsTheRulesAndShowsStaffTheCopy() throws Exception {
        Files.writeString(dir.resolve("harima.yaml"), HARIMA);
        KioskRules rules = KioskRules.loadAny(dir);
        Files.writeString(dir.resolve("miyako.yaml"), MIYAKO);
        Files.writeString(dir.resolve("miyako-copy.yaml"), MIYAKO.replace("juminhyo", "juminhyo-typo"));

        StaffConsole.RulesCheck check = rules.reload();

        assertThat(check.ok()).isTrue();
        assertThat(check.municipalities()).isEqualTo(2);
        assertThat(check.problems()).first().asString().startsWith("warning: " + dir + "/miyako-copy.yaml is invalid");
        assertThat(check.problems()).anyMatch(line -> line.contains("error: unknown certificate type 'juminhyo-typo'"));
        assertThat(rules.get().size()).isEqualTo(2);
        assertThat(rules.problem()).isEmpty();
    }
}
