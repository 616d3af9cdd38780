package jp.madoguchi.issuance.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.protocol.CaseCheck;
import jp.madoguchi.issuance.protocol.CaseFile;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.rules.RuleSet;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSource;
import jp.madoguchi.issuance.rules.load.RuleSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 §8, the real catalogue: it validates with no error; what its pages did not state is warned exactly as
 * docs/catalogue-check.txt lists (so a changed file, or a changed loader, shows here); every file cites its page and
 * the day it was read, and has its row in docs/rules.md; its decision table (docs/catalogue.cases.jsonl, which
 * {@code rules check DIR --cases} also runs) agrees with it.
 */
class RealCatalogueTest {
    private static final List<RuleSource> SOURCES = RealCatalogue.sources();
    private static final LoadReport LOAD = RuleLoader.load(SOURCES);
    private static final Path DOCS = Path.of("../docs");
    /** Where {@code ./madoguchi rules check} finds the same files in a checkout (from the issuance module). */
    private static final Path DIRECTORY = Path.of("src/main/resources").resolve(RealCatalogue.FOLDER);
    private static final Pattern CODE = Pattern.compile("(?m)^  code: \"(\\d{6})\"$");
    private static final Pattern NAME = Pattern.compile("(?m)^  name: (\\S+)$");

    @Test
    void theRealCatalogueValidatesWithNoError() {
        CheckReport report = new CheckReport(LOAD);

        assertThat(report.errorLines()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(SOURCES).hasSizeGreaterThanOrEqualTo(20);
        assertThat(LOAD.book().size()).as("one municipality per file, all in service").isEqualTo(SOURCES.size());
        assertThat(LOAD.book().ruleSets().stream().map(RuleSet::code).distinct()).hasSameSizeAs(SOURCES);
    }

    @Test
    void itsWarningsAreExactlyTheListedOnes() throws IOException {
        CheckReport report = new CheckReport(LOAD);
        List<String> printed = new ArrayList<>(report.fileLines());
        printed.addAll(report.warningLines());
        printed.add(report.summary());

        assertThat(printed).containsExactlyElementsOf(Files.readAllLines(DOCS.resolve("catalogue-check.txt")));
    }

    @Test
    void rulesCheckOnTheDirectoryReadsTheSameFiles() throws IOException {
        CheckReport fromDisk = new CheckReport(RuleLoader.load(RuleSources.directory(DIRECTORY)));
        String prefix = DIRECTORY + "/";

        assertThat(fromDisk.errorLines()).isEmpty();
        assertThat(fromDisk.warningLines()).map(line -> line.replace(prefix, RealCatalogue.PREFIX))
                .containsExactlyElementsOf(new CheckReport(LOAD).warningLines());
        assertThat(RuleSources.bundledSamples()).as("the demo's samples stay as they are").hasSize(4);
    }

    static Stream<RuleSource> files() {
        return SOURCES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachFileCitesItsPageAndTheDayItWasReadAndIsListedInTheDocs(RuleSource file) throws IOException {
        String header = file.text().substring(0, file.text().indexOf("\nmunicipality:"));
        String rules = Files.readString(DOCS.resolve("rules.md"));
        Matcher code = CODE.matcher(file.text());
        Matcher name = NAME.matcher(file.text());
        assertThat(code.find() && name.find()).as("code and name at the top").isTrue();
        String fileName = file.name().substring(RealCatalogue.PREFIX.length());

        assertThat(header).containsPattern("(?m)^# Sources?: https?://\\S+$").contains("read 2026-12-07");
        assertThat(rules).as("its row in docs/rules.md").containsPattern("(?m)^\\| " + name.group(1) + " \\| "
                + code.group(1) + " \\| .*\\[`" + Pattern.quote(fileName) + "`\\]");
    }

    @Test
    void itsDecisionTableAgrees() throws IOException {
        RulesOperations catalogue = new RulesOperations(LOAD.book(), Samples.REGISTRY);
        CaseFile cases = CaseFile.of("catalogue.cases.jsonl", Files.readString(DOCS.resolve("catalogue.cases.jsonl")));

        CaseCheck.Result result = new CaseCheck(catalogue).run(cases);

        assertThat(result.problems()).isEmpty();
        assertThat(result.cases()).isGreaterThanOrEqualTo(30);
    }
}
