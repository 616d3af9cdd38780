package jp.madoguchi.issuance.rules.load;

import java.util.List;
import java.util.Optional;

/**
 * Reads one YAML mapping of a rule file: reports keys it does not know (typos must not be ignored silently, or
 * "feee: 500" would leave the old fee in force) and missing required keys, both with the path of the mapping.
 */
final class MapReader {
    private final Node.Mapping mapping;
    private final String path;
    private final Problems problems;

    private MapReader(Node.Mapping mapping, String path, Problems problems) {
        this.mapping = mapping;
        this.path = path;
        this.problems = problems;
    }

    /** Empty (and reported) when {@code node} is not a mapping. */
    static Optional<MapReader> open(Node node, String path, List<String> allowedKeys, Problems problems) {
        if (!(node instanceof Node.Mapping mapping)) {
            problems.at(node, (path.isEmpty() ? "the file" : path) + " must be a map, got " + node.describe());
            return Optional.empty();
        }
        for (Node.Field field : mapping.fields().values()) {
            if (!allowedKeys.contains(field.key())) {
                String where = path.isEmpty() ? "" : " in " + path;
                problems.at(field.keyLocation(), "unknown key '" + field.key() + "'" + where
                        + "; expected one of: " + String.join(", ", allowedKeys));
            }
        }
        return Optional.of(new MapReader(mapping, path, problems));
    }

    Optional<Node> optional(String key) {
        return mapping.get(key);
    }

    Optional<Node> required(String key) {
        Optional<Node> node = mapping.get(key);
        if (node.isEmpty()) {
            problems.at(mapping, (path.isEmpty() ? "the file" : path) + " is missing the required key '" + key + "'");
        }
        return node;
    }

    /** The dotted path of {@code key} for messages: {@code versions[1].certificates.juminhyo.fee}. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Node.Mapping mapping() {
        return mapping;
    }
}
