package jp.madoguchi.issuance.rules.load;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleSet;

/**
 * The outcome of compiling one file: the rule set when there were no errors. The code is kept even for an invalid
 * file, when it could be read, so the kiosk can show that municipality as out of service. {@code servedBy} names
 * the other file that serves this file's municipality when this one does not (two files for one code); warnings
 * never keep a file out of service.
 */
public record CompiledFile(String file, Optional<RuleSet> ruleSet, Optional<MunicipalityCode> code,
        Location codeLocation, List<RuleError> errors, List<RuleError> warnings, Optional<String> servedBy) {
    public CompiledFile {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (ruleSet.isPresent() != errors.isEmpty()) {
            throw new IllegalArgumentException(file + ": a rule set exists exactly when there is no error");
        }
    }

    public CompiledFile(String file, Optional<RuleSet> ruleSet, Optional<MunicipalityCode> code, Location codeLocation,
            List<RuleError> errors) {
        this(file, ruleSet, code, codeLocation, errors, List.of(), Optional.empty());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Valid, and the file its municipality is served from. */
    public boolean inService() {
        return valid() && servedBy.isEmpty();
    }

    CompiledFile notUsed(String servingFile, List<RuleError> moreWarnings) {
        return new CompiledFile(file, ruleSet, code, codeLocation, errors, concat(warnings, moreWarnings),
                Optional.of(servingFile));
    }

    CompiledFile withError(RuleError error) {
        return new CompiledFile(file, Optional.empty(), code, codeLocation, concat(errors, List.of(error)), warnings,
                servedBy);
    }

    private static List<RuleError> concat(List<RuleError> a, List<RuleError> b) {
        return Stream.concat(a.stream(), b.stream()).sorted().toList();
    }
}
