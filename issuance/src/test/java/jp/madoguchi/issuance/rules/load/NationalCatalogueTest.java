package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.bench.DecisionBenchmark;
import jp.madoguchi.issuance.bench.NationalCatalogue;
import jp.madoguchi.issuance.catalogue.RealCatalogue;
import jp.madoguchi.issuance.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generated catalogue must be what it claims: 1,741 distinct, valid municipalities, cloned from the
 * real catalogue's files.
 */
class NationalCatalogueTest {
    @Test
    void aNationalCatalogueLoadsCompletelyFromDisk(@TempDir Path dir) throws IOException {
        Path catalogue = NationalCatalogue.write(dir, NationalCatalogue.MUNICIPALITIES);

        LoadReport report = RuleLoader.load(RuleSources.directory(catalogue));

        assertThat(report.errors()).isEmpty();
        assertThat(report.book().size()).isEqualTo(1_741);
        Set<Integer> fees = new HashSet<>();
        report.book().ruleSets().stream().map(RuleSet::versions)
                .forEach(versions -> versions.forEach(v -> v.certificates().values().forEach(rule -> rule.fee().ifPresent(fees::add))));
        assertThat(fees).hasSizeGreaterThan(10);
    }

    @Test
    void theDecisionBenchmarksRequestsDecideAsIntendedOnTheClones() {
        for (int municipalities : new int[] {50, NationalCatalogue.MUNICIPALITIES}) {
            DecisionBenchmark bench = new DecisionBenchmark();
            bench.municipalities = municipalities;
            bench.load(); // throws unless the allowed request is allowed and the denied one has its two reasons

            assertThat(bench.decideAllowed().feeTotal()).isPositive();
            assertThat(bench.decideDenied().reasons()).hasSize(2);
        }
    }

    @Test
    void eachFileIsACloneOfARealFileInTurn() {
        List<RuleSource> real = RealCatalogue.sources();
        List<RuleSource> clones = NationalCatalogue.sources(2 * real.size());

        for (int i = 0; i < clones.size(); i++) {
            String template = real.get(i % real.size()).text();
            assertThat(clones.get(i).text()).as(clones.get(i).name())
                    .startsWith(template.substring(0, template.indexOf("\nmunicipality:")));
        }
        assertThat(NationalCatalogue.copyOf("catalogue/harima.yaml", 1001, 1741)).satisfies(
                i -> assertThat(real.get(i % real.size()).name()).isEqualTo("catalogue/harima.yaml"),
                i -> assertThat(i).isBetween(1001 - real.size() + 1, 1001));
    }
}
