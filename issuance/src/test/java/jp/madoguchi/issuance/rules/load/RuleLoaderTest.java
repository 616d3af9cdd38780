package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    private static final String VALID = """
            municipality: {code: "%s", name: %s}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 10
                certificates: {juminhyo: {fee: 200}}
            """;

    @TempDir
    Path dir;

    @Test
    void theBundledSamplesAreAllValid() {
        assertThat(Samples.LOAD.errors()).isEmpty();
        assertThat(Samples.BOOK.ruleSets()).extracting(set -> set.municipality().name())
                .containsExactly("千歳市", "播磨町", "みやこ町", "鹿児島市");
    }

    @Test
    void theSampleFolderLoadsTheSameFromDiskAsFromTheClasspath() throws IOException {
        Path samples = Path.of("src/main/resources", RuleSources.SAMPLES);

        LoadReport fromDisk = RuleLoader.load(RuleSources.directory(samples));

        assertThat(fromDisk.book().ruleSets()).extracting(RuleSet::versions)
                .isEqualTo(Samples.BOOK.ruleSets().stream().map(RuleSet::versions).toList());
    }

    @Test
    void anInvalidMunicipalityIsSkippedAndTheOthersStillLoad() throws IOException {
        write("a.yaml", VALID.formatted("284645", "播磨町"));
        write("b.yaml", VALID.formatted("012246", "千歳市").replace("fee: 200", "fee: -1"));
        write("c.yaml", VALID.formatted("462012", "鹿児島市"));
        write("notes.txt", "not a rule file");

        LoadReport report = RuleLoader.load(RuleSources.directory(dir));

        assertThat(report.files()).extracting(CompiledFile::valid).containsExactly(true, false, true);
        assertThat(report.book().size()).isEqualTo(2);
        assertThat(report.book().isOutOfService(MunicipalityCode.parse("012246"))).isTrue();
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.file()).endsWith("b.yaml"));
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThatThrownBy(() -> RuleSources.directory(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aLaterVersionOnlyStatesWhatChanges() {
        RuleSet harima = Samples.BOOK.ruleSet(MunicipalityCode.parse(Samples.HARIMA)).orElseThrow();

        CertificateRule before = harima.versionOn(LocalDate.of(2027, 3, 31)).orElseThrow()
                .rule(CertificateType.KOSEKI_FULL).orElseThrow();
        CertificateRule after = harima.versionOn(LocalDate.of(2027, 4, 1)).orElseThrow()
                .rule(CertificateType.KOSEKI_FULL).orElseThrow();

        assertThat(List.of(before.fee(), after.fee())).containsExactly(Optional.of(350), Optional.of(450));
        assertThat(after.hours()).isEqualTo(before.hours());
        assertThat(after.subjects()).isEqualTo(before.subjects());
        assertThat(harima.versionOn(LocalDate.of(2016, 2, 29))).isEmpty();
    }

    @Test
    void offeredFalseWithdrawsACertificateInALaterVersion() {
        String yaml = VALID.formatted("284645", "播磨町").replace("{juminhyo: {fee: 200}}",
                "{juminhyo: {fee: 200}, inkan-toroku: {fee: 200}}")
                + "  - validFrom: 2027-04-01\n    certificates: {inkan-toroku: {offered: false}}\n";

        RuleSet set = RuleFileCompiler.compile(new RuleSource("x.yaml", yaml)).ruleSet().orElseThrow();

        assertThat(set.versionOn(LocalDate.of(2027, 3, 31)).orElseThrow().rule(CertificateType.SEAL_REGISTRATION)).isPresent();
        assertThat(set.versionOn(LocalDate.of(2027, 4, 1)).orElseThrow().rule(CertificateType.SEAL_REGISTRATION)).isEmpty();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
