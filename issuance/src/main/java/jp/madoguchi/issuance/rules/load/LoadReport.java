package jp.madoguchi.issuance.rules.load;

import java.util.List;
import jp.madoguchi.issuance.rules.RuleBook;

/** What a load produced: the book of valid municipalities and, per file, its outcome in file-name order. */
public record LoadReport(RuleBook book, List<CompiledFile> files) {
    public LoadReport {
        files = List.copyOf(files);
    }

    public boolean allValid() {
        return files.stream().allMatch(CompiledFile::valid);
    }

    public List<RuleError> errors() {
        return files.stream().flatMap(file -> file.errors().stream()).toList();
    }

    /** What does not stop a file: a copy that is not used, a value marked unverified. */
    public List<RuleError> warnings() {
        return files.stream().flatMap(file -> file.warnings().stream()).toList();
    }

    public long invalidCount() {
        return files.stream().filter(file -> !file.valid()).count();
    }
}
