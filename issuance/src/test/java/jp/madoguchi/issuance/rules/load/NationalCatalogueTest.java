package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import jp.madoguchi.issuance.bench.NationalCatalogue;
import jp.madoguchi.issuance.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated catalogue must be what it claims: 1,741 distinct, valid municipalities. */
class NationalCatalogueTest {
    @Test
    void aNationalCatalogueLoadsCompletelyFromDisk(@TempDir Path dir) throws IOException {
        Path catalogue = NationalCatalogue.write(dir, NationalCatalogue.MUNICIPALITIES);

        LoadReport report = RuleLoader.load(RuleSources.directory(catalogue));

        assertThat(report.errors()).isEmpty();
        assertThat(report.book().size()).isEqualTo(1_741);
        Set<Integer> fees = new HashSet<>();
        report.book().ruleSets().stream().map(RuleSet::versions)
                .forEach(versions -> versions.forEach(v -> v.certificates().values().forEach(rule -> fees.add(rule.fee().orElseThrow()))));
        assertThat(fees).hasSizeGreaterThan(10);
    }
}
