package jp.madoguchi.issuance.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.rules.RuleSet;
import jp.madoguchi.issuance.rules.RuleVersion;
import jp.madoguchi.issuance.rules.load.CompiledFile;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.issuance.rules.load.RuleError;

/**
 * The text of {@code rules check}: one line per file for stdout (which file serves each municipality, and which
 * are not used), compiler-style errors and warnings for stderr.
 */
public record CheckReport(LoadReport load) {
    public boolean ok() {
        return load.allValid() && !load.files().isEmpty();
    }

    /**
     * Whether a kiosk can serve on these rules: there is a file, and every invalid one is a stray copy of a
     * municipality that another, valid file serves (docs/rules.md, "Two files for one municipality"). Such a copy is
     * reported ({@link #strayLines}) but takes nothing out of service; any other invalid file is a rules problem.
     */
    public boolean serves() {
        return !load.files().isEmpty() && load.files().stream().allMatch(file -> file.valid() || isStray(file));
    }

    /** The invalid files another file's municipality is served from instead, one warning line each. */
    public List<String> strayLines() {
        return load.files().stream().filter(this::isStray)
                .map(file -> "warning: " + file.file() + " is invalid (" + file.errors().size() + " error(s): "
                        + file.errors().get(0).message() + (file.errors().size() > 1 ? "; ..." : "")
                        + ") and not used: " + file.servedBy().orElseThrow() + " serves municipality "
                        + file.code().orElseThrow() + "; remove or fix it")
                .toList();
    }

    /** Municipalities named by more than one file: which file serves each (none in a conflict), and the others. */
    public List<Duplicate> duplicates() {
        Map<String, List<CompiledFile>> byCode = new LinkedHashMap<>();
        load.files().forEach(file -> file.code().ifPresent(code -> byCode.computeIfAbsent(code.toString(),
                c -> new ArrayList<>()).add(file)));
        return byCode.entrySet().stream().filter(group -> group.getValue().size() > 1)
                .map(group -> new Duplicate(group.getKey(), group.getValue().stream()
                        .filter(CompiledFile::inService).map(CompiledFile::file).findFirst().orElse(null),
                        group.getValue().stream().filter(file -> !file.inService()).map(CompiledFile::file).toList()))
                .toList();
    }

    /**
     * @param served the file that serves the municipality, null when none does (a conflict, or all invalid)
     * @param notUsed the other files naming it, in file-name order
     */
    public record Duplicate(String municipality, String served, List<String> notUsed) {
        public Duplicate {
            notUsed = List.copyOf(notUsed);
        }
    }

    private boolean isStray(CompiledFile file) {
        return !file.valid() && file.servedBy().isPresent() && load.files().stream()
                .anyMatch(other -> other.inService() && other.file().equals(file.servedBy().get()));
    }

    public List<String> fileLines() {
        List<String> lines = new ArrayList<>();
        for (CompiledFile file : load.files()) {
            String servedBy = file.servedBy().map(f -> "; " + f + " serves municipality " + file.code().orElseThrow())
                    .orElse("");
            if (file.inService()) {
                RuleSet set = file.ruleSet().orElseThrow();
                lines.add("ok       " + file.file() + "  " + set.municipality() + "  " + versions(set));
            } else if (file.valid()) {
                lines.add("unused   " + file.file() + "  " + file.ruleSet().orElseThrow().municipality()
                        + "  not used" + servedBy);
            } else {
                String code = file.code().filter(load.book()::isOutOfService)
                        .map(c -> "; municipality " + c + " is out of service").orElse("");
                lines.add("INVALID  " + file.file() + "  " + file.errors().size() + " error(s), skipped" + code
                        + servedBy);
            }
        }
        return lines;
    }

    /** {@code file:line:column: error: message}, the format editors and CI annotate. */
    public List<String> errorLines() {
        return load.errors().stream().map(e -> line(e, "error")).toList();
    }

    /** {@code file:line:column: warning: message}: nothing that keeps a municipality out of service. */
    public List<String> warningLines() {
        return load.warnings().stream().map(e -> line(e, "warning")).toList();
    }

    /** One warning per invalid file, for commands that go on with the valid ones. */
    public List<String> skippedLines() {
        return load.files().stream().filter(file -> !file.valid())
                .map(file -> "warning: " + file.file() + " is invalid (" + file.errors().size()
                        + " error(s); see rules check), " + file.servedBy()
                        .map(f -> "not used: " + f + " serves its municipality")
                        .orElse("its municipality is skipped"))
                .toList();
    }

    public String summary() {
        if (load.files().isEmpty()) {
            return "no rule files (*.yaml, *.yml) found";
        }
        long unused = load.files().stream().filter(file -> file.valid() && !file.inService()).count();
        return load.files().size() + " file(s): " + (load.files().size() - load.invalidCount()) + " valid"
                + (unused == 0 ? "" : " (" + unused + " not used)") + ", " + load.invalidCount() + " invalid; "
                + load.book().size() + " municipalities in service"
                + (load.warnings().isEmpty() ? "" : "; " + load.warnings().size() + " warning(s)");
    }

    private static String line(RuleError e, String severity) {
        return e.file() + ":" + e.line() + ":" + e.column() + ": " + severity + ": " + e.message();
    }

    private static String versions(RuleSet set) {
        return set.versions().size() + " version(s): " + set.versions().stream()
                .map(CheckReport::range).collect(Collectors.joining(", "));
    }

    private static String range(RuleVersion version) {
        return version.validFrom() + ".." + version.validUntil().map(Object::toString).orElse("");
    }
}
