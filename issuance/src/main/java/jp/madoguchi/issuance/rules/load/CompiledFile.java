package jp.madoguchi.issuance.rules.load;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleSet;

/**
 * The outcome of compiling one file: the rule set when there were no errors. The code is kept even for an invalid
 * file, when it could be read, so the kiosk can show that municipality as out of service.
 */
public record CompiledFile(String file, Optional<RuleSet> ruleSet, Optional<MunicipalityCode> code,
        Location codeLocation, List<RuleError> errors) {
    public CompiledFile {
        errors = List.copyOf(errors);
        if (ruleSet.isPresent() != errors.isEmpty()) {
            throw new IllegalArgumentException(file + ": a rule set exists exactly when there is no error");
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
