package jp.madoguchi.issuance.rules.load;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.RuleSet;

/**
 * Compiles a set of rule files into a {@link RuleBook}. Files compile independently (in parallel for a national
 * catalogue); an invalid file is reported and left out, so one municipality's typo never takes the others down.
 * Several files for one code are settled by {@link DuplicateFiles}.
 */
public final class RuleLoader {
    private static final int PARALLEL_THRESHOLD = 64;

    private RuleLoader() {}

    public static LoadReport load(List<RuleSource> sources) {
        List<CompiledFile> compiled = sources.size() < PARALLEL_THRESHOLD
                ? sources.stream().map(RuleFileCompiler::compile).toList()
                : sources.parallelStream().map(RuleFileCompiler::compile).toList(); // toList keeps source order
        Map<MunicipalityCode, List<CompiledFile>> byCode = new LinkedHashMap<>();
        for (CompiledFile file : compiled) {
            file.code().ifPresent(code -> byCode.computeIfAbsent(code, c -> new ArrayList<>(1)).add(file));
        }
        Map<CompiledFile, CompiledFile> settled = new IdentityHashMap<>();
        List<RuleSet> ruleSets = new ArrayList<>(byCode.size());
        List<MunicipalityCode> outOfService = new ArrayList<>();
        for (Map.Entry<MunicipalityCode, List<CompiledFile>> code : byCode.entrySet()) {
            List<CompiledFile> group = code.getValue().size() == 1 ? code.getValue()
                    : DuplicateFiles.resolve(code.getValue());
            for (int i = 0; i < group.size(); i++) {
                settled.put(code.getValue().get(i), group.get(i));
            }
            group.stream().filter(CompiledFile::inService).findFirst().ifPresentOrElse(
                    file -> ruleSets.add(file.ruleSet().orElseThrow()), () -> outOfService.add(code.getKey()));
        }
        List<CompiledFile> files = compiled.stream().map(file -> settled.getOrDefault(file, file)).toList();
        return new LoadReport(new RuleBook(ruleSets, outOfService), files);
    }
}
