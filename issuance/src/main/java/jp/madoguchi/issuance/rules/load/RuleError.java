package jp.madoguchi.issuance.rules.load;

/** One problem in a rule file, printed as compilers do so editors can jump to it: {@code file:line:column: message}. */
public record RuleError(String file, int line, int column, String message) implements Comparable<RuleError> {
    public RuleError(String file, Location at, String message) {
        this(file, at.line(), at.column(), message);
    }

    @Override
    public int compareTo(RuleError other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return new Location(line, column).compareTo(new Location(other.line, other.column));
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
