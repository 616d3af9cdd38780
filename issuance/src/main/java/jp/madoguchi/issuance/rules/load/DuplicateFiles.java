package jp.madoguchi.issuance.rules.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.madoguchi.issuance.rules.RuleSet;

/**
 * Decides which of several files for one municipality code serves it, so a stray copy beside the real file never
 * takes the municipality out of service: a valid file beats an invalid one, and of valid files the one whose newest
 * version starts latest (it knows the later rules). Copies with the same rules are harmless; two valid files with
 * different rules and the same newest start are a real conflict the loader cannot settle, so neither serves.
 */
final class DuplicateFiles {
    private DuplicateFiles() {}

    /** The group in file-name order, each marked: serving, not used (with why), or in conflict (an error). */
    static List<CompiledFile> resolve(List<CompiledFile> group) {
        List<CompiledFile> valid = group.stream().filter(CompiledFile::valid).toList();
        if (valid.isEmpty()) {
            return group; // each already says what is wrong with it; the municipality is out of service
        }
        CompiledFile best = valid.stream().max(Comparator.comparing(DuplicateFiles::newestStart)
                .thenComparing(Comparator.comparing(CompiledFile::file).reversed())).orElseThrow();
        RuleSet bestRules = best.ruleSet().orElseThrow();
        List<CompiledFile> rivals = valid.stream().filter(f -> f != best
                && newestStart(f).equals(bestRules.newestStart()) && !f.ruleSet().orElseThrow().sameRulesAs(bestRules))
                .toList();
        List<CompiledFile> out = new ArrayList<>(group.size());
        for (CompiledFile file : group) {
            if (!rivals.isEmpty() && (file == best || rivals.contains(file))) {
                out.add(file.withError(conflict(file, group, bestRules.newestStart())));
            } else if (file == best) {
                out.add(file);
            } else {
                out.add(file.notUsed(best.file(), file.valid() ? List.of(unused(file, best)) : List.of()));
            }
        }
        return out;
    }

    private static RuleError unused(CompiledFile file, CompiledFile best) {
        RuleSet mine = file.ruleSet().orElseThrow();
        RuleSet theirs = best.ruleSet().orElseThrow();
        String why = mine.sameRulesAs(theirs) ? "the same rules"
                : "its newest version starts on " + theirs.newestStart() + ", this file's on " + mine.newestStart();
        return new RuleError(file.file(), file.codeLocation(), "municipality " + mine.code() + " is also defined in "
                + best.file() + ", which serves it (" + why + "); this file is not used: remove it");
    }

    private static RuleError conflict(CompiledFile file, List<CompiledFile> group, LocalDate start) {
        List<String> others = group.stream().filter(f -> f != file && f.valid()).map(CompiledFile::file).toList();
        return new RuleError(file.file(), file.codeLocation(), "municipality " + file.code().orElseThrow()
                + " is also defined in " + String.join(", ", others) + " with different rules whose newest version"
                + " also starts on " + start + "; the kiosk cannot tell which is meant, so neither serves: remove one,"
                + " or give the one to use a newer version");
    }

    private static LocalDate newestStart(CompiledFile file) {
        return file.ruleSet().map(RuleSet::newestStart).orElse(LocalDate.MIN);
    }
}
