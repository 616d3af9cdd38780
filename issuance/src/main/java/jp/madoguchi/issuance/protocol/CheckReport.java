package jp.madoguchi.issuance.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.rules.RuleSet;
import jp.madoguchi.issuance.rules.RuleVersion;
import jp.madoguchi.issuance.rules.load.CompiledFile;
import jp.madoguchi.issuance.rules.load.LoadReport;

/** The text of {@code rules check}: one line per file for stdout, compiler-style errors for stderr. */
public record CheckReport(LoadReport load) {
    public boolean ok() {
        return load.allValid() && !load.files().isEmpty();
    }

    public List<String> fileLines() {
        List<String> lines = new ArrayList<>();
        for (CompiledFile file : load.files()) {
            if (file.valid()) {
                RuleSet set = file.ruleSet().orElseThrow();
                lines.add("ok       " + file.file() + "  " + set.municipality() + "  " + versions(set));
            } else {
                String code = file.code().filter(load.book()::isOutOfService)
                        .map(c -> "; municipality " + c + " is out of service").orElse("");
                lines.add("INVALID  " + file.file() + "  " + file.errors().size() + " error(s), skipped" + code);
            }
        }
        return lines;
    }

    /** {@code file:line:column: error: message}, the format editors and CI annotate. */
    public List<String> errorLines() {
        return load.errors().stream()
                .map(e -> e.file() + ":" + e.line() + ":" + e.column() + ": error: " + e.message())
                .toList();
    }

    /** One warning per invalid file, for commands that go on with the valid ones. */
    public List<String> skippedLines() {
        return load.files().stream().filter(file -> !file.valid())
                .map(file -> "warning: " + file.file() + " is invalid (" + file.errors().size()
                        + " error(s); see rules check), its municipality is skipped")
                .toList();
    }

    public String summary() {
        if (load.files().isEmpty()) {
            return "no rule files (*.yaml, *.yml) found";
        }
        return load.files().size() + " file(s): " + (load.files().size() - load.invalidCount()) + " valid, "
                + load.invalidCount() + " invalid; " + load.book().size() + " municipalities in service";
    }

    private static String versions(RuleSet set) {
        return set.versions().size() + " version(s): " + set.versions().stream()
                .map(CheckReport::range).collect(Collectors.joining(", "));
    }

    private static String range(RuleVersion version) {
        return version.validFrom() + ".." + version.validUntil().map(Object::toString).orElse("");
    }
}
