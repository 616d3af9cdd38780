package jp.madoguchi.issuance.rules.load;

/** A 1-based line and column in a rule file. */
public record Location(int line, int column) implements Comparable<Location> {
    public static final Location START = new Location(1, 1);

    @Override
    public int compareTo(Location other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
