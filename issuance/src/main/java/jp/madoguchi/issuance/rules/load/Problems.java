package jp.madoguchi.issuance.rules.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the errors of one file. A set, because later versions inherit nodes from earlier ones and would otherwise
 * report the same mistake once per version.
 */
final class Problems {
    private final String file;
    private final Set<RuleError> errors = new LinkedHashSet<>();
    private int reported;

    Problems(String file) {
        this.file = file;
    }

    void at(Location where, String message) {
        errors.add(new RuleError(file, where, message));
        reported++;
    }

    void at(Node node, String message) {
        at(node.location(), message);
    }

    /**
     * Reports made so far, repeats included: a compiler compares it before and after a step to learn whether that
     * step failed even when its error was already known from an earlier version.
     */
    int reported() {
        return reported;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Takes over the errors of {@code other} found at or after {@code from}; earlier ones are already known here. */
    void adoptFrom(Problems other, Location from) {
        for (RuleError error : other.errors) {
            if (new Location(error.line(), error.column()).compareTo(from) >= 0) {
                errors.add(error);
                reported++;
            }
        }
    }

    /** In file order, whatever order the checks ran in. */
    List<RuleError> sorted() {
        return errors.stream().sorted().toList();
    }

    String file() {
        return file;
    }
}
