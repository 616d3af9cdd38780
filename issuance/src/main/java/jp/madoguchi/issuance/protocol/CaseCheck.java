package jp.madoguchi.issuance.protocol;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.issuance.json.InputException;

/**
 * {@code rules check --cases}: runs a file of cases with their {@code expect} against the loaded rules and reports
 * each case that disagrees or cannot be read as {@code file:line: error: ...}, like a rule file's errors.
 */
public final class CaseCheck {
    /** How many cases ran and what went wrong with them, one line each. */
    public record Result(String file, int cases, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && cases > 0;
        }

        public String summary() {
            return file + ": " + cases + " case(s), " + (cases - problems.size()) + " agree, " + problems.size()
                    + " do not" + (cases == 0 ? " (no case found)" : "");
        }
    }

    private final RulesOperations operations;

    public CaseCheck(RulesOperations operations) {
        this.operations = operations;
    }

    public Result run(CaseFile file) {
        List<String> problems = new ArrayList<>(0);
        for (CaseFile.Line line : file.lines()) {
            String at = file.name() + ":" + line.number() + ": error: ";
            try {
                CaseFile.Parsed parsed = CaseFile.parse(line);
                Expectation expect = Expectation.read(parsed.expect().orElseThrow(() -> new InputException(
                        "a case needs expect: {\"allowed\": ...}")));
                String name = parsed.name().map(n -> "case '" + n + "': ").orElse("");
                expect.disagreement(operations.decision(parsed.request()))
                        .ifPresent(difference -> problems.add(at + name + difference));
            } catch (InputException e) {
                problems.add(at + e.getMessage());
            }
        }
        return new Result(file.name(), file.lines().size(), problems);
    }
}
