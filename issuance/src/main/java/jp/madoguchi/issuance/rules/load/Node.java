package jp.madoguchi.issuance.rules.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed YAML value that remembers where it was written. Keys keep their own location for "unknown key" errors. */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {
    Location location();

    /** How the value reads in an error message: {@code a map}, {@code a list}, {@code '200円'}. */
    String describe();

    record Field(String key, Location keyLocation, Node value) {}

    /** A YAML mapping in file order. */
    record Mapping(Location location, Map<String, Field> fields) implements Node {
        public Mapping {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public Optional<Node> get(String key) {
            return Optional.ofNullable(fields.get(key)).map(Field::value);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record Sequence(Location location, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with the type YAML gave it; {@code text} is the source spelling (so 012246 keeps its zero). */
    record Scalar(Location location, Kind kind, String text) implements Node {
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return kind == Kind.NULL ? "nothing" : "'" + text + "'";
        }
    }
}
