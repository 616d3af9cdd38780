package jp.madoguchi.issuance.rules.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.RuleSet;

/**
 * Compiles a set of rule files into a {@link RuleBook}. Files compile independently (in parallel for a national
 * catalogue); an invalid file is reported and left out, so one municipality's typo never takes the others down.
 */
public final class RuleLoader {
    private static final int PARALLEL_THRESHOLD = 64;

    private RuleLoader() {}

    public static LoadReport load(List<RuleSource> sources) {
        List<CompiledFile> compiled = sources.size() < PARALLEL_THRESHOLD
                ? sources.stream().map(RuleFileCompiler::compile).toList()
                : sources.parallelStream().map(RuleFileCompiler::compile).toList(); // toList keeps source order
        List<CompiledFile> files = new ArrayList<>(compiled.size());
        Map<MunicipalityCode, String> firstFile = new HashMap<>();
        List<RuleSet> ruleSets = new ArrayList<>();
        List<MunicipalityCode> outOfService = new ArrayList<>();
        for (CompiledFile file : compiled) {
            Optional<MunicipalityCode> code = file.code();
            String earlier = code.map(c -> firstFile.putIfAbsent(c, file.file())).orElse(null);
            if (earlier != null) {
                files.add(duplicate(file, earlier));
                continue;
            }
            files.add(file);
            file.ruleSet().ifPresentOrElse(ruleSets::add, () -> code.ifPresent(outOfService::add));
        }
        return new LoadReport(new RuleBook(ruleSets, outOfService), files);
    }

    /** The second file naming a code is skipped; the first, in file-name order, is the one in service. */
    private static CompiledFile duplicate(CompiledFile file, String earlier) {
        List<RuleError> errors = new ArrayList<>(file.errors());
        errors.add(new RuleError(file.file(), file.codeLocation(),
                "municipality " + file.code().orElseThrow() + " is already defined in " + earlier
                        + "; this file is skipped"));
        errors.sort(null);
        return new CompiledFile(file.file(), Optional.empty(), file.code(), file.codeLocation(), errors);
    }
}
