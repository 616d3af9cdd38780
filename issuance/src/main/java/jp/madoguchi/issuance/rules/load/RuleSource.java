package jp.madoguchi.issuance.rules.load;

import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.issuance.text.TextProblem;

/**
 * The text of one rule file and the name errors are reported under (a path, or {@code samples/rules/x.yaml}), or
 * why its bytes are not usable text: then the file is invalid with that one error, and the others still load.
 */
public record RuleSource(String name, String text, Optional<TextProblem> unreadable) {
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unreadable, "unreadable");
    }

    public RuleSource(String name, String text) {
        this(name, text, Optional.empty());
    }

    public static RuleSource unreadable(String name, TextProblem problem) {
        return new RuleSource(name, "", Optional.of(problem));
    }
}
