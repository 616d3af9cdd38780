package jp.madoguchi.issuance.rules.load;

import java.util.Objects;

/** The text of one rule file and the name errors are reported under (a path, or {@code samples/rules/x.yaml}). */
public record RuleSource(String name, String text) {
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
