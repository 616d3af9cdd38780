package jp.madoguchi.issuance.rules.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.text.SafeYaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Streams Jackson's YAML tokens into a {@link Node} tree, taking the location of each token as it goes. Syntax errors,
 * duplicate keys (which plain YAML loaders silently resolve to the last value), aliases and binary values are
 * reported, not thrown. The kiosk's configuration is checked here too, before Jackson binds it.
 */
public final class YamlTreeReader {
    /** The message for a file without a value: an error for a rule file, the defaults for the configuration. */
    public static final String EMPTY = "the file is empty";

    private YamlTreeReader() {}

    /** Every problem of {@code text} as YAML, under the name {@code file}; empty when it is well-formed. */
    public static List<RuleError> problems(String file, String text) {
        Problems problems = new Problems(file);
        read(text, problems);
        return problems.sorted();
    }

    static Optional<Node> read(String text, Problems problems) {
        try (JsonParser parser = SafeYaml.factory().createParser(text)) {
            if (parser.nextToken() == null) {
                problems.at(Location.START, EMPTY);
                return Optional.empty();
            }
            Node root = readValue(parser, problems);
            if (parser.nextToken() != null) {
                problems.at(locationOf(parser), "only one YAML document is allowed per file");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.at(locationOf(e), "YAML syntax error: " + summary(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String cannot fail any other way
        }
    }

    private static Node readValue(JsonParser parser, Problems problems) throws IOException {
        Location at = locationOf(parser);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problems.at(at, "YAML aliases (*" + parser.getText() + ") are not allowed: write the value out");
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, at, problems);
            case START_ARRAY -> readSequence(parser, at, problems);
            case VALUE_STRING -> scalar(parser, at, Node.Scalar.Kind.STRING);
            case VALUE_NUMBER_INT -> scalar(parser, at, Node.Scalar.Kind.INTEGER);
            case VALUE_NUMBER_FLOAT -> scalar(parser, at, Node.Scalar.Kind.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> scalar(parser, at, Node.Scalar.Kind.BOOLEAN);
            case VALUE_NULL -> scalar(parser, at, Node.Scalar.Kind.NULL);
            default -> {
                // !!binary arrives as an embedded object; no rule or setting is binary
                problems.at(at, token == JsonToken.VALUE_EMBEDDED_OBJECT
                        ? "a binary value (!!binary) is not allowed here" : "unexpected YAML value " + token);
                yield new Node.Scalar(at, Node.Scalar.Kind.STRING, parser.getText());
            }
        };
    }

    private static Node readMapping(JsonParser parser, Location at, Problems problems) throws IOException {
        Map<String, Node.Field> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = locationOf(parser);
            parser.nextToken();
            Node value = readValue(parser, problems);
            Node.Field earlier = fields.putIfAbsent(key, new Node.Field(key, keyAt, value));
            if (earlier != null) {
                problems.at(keyAt, "duplicate key '" + key + "' (first written at line "
                        + earlier.keyLocation().line() + ")");
            }
        }
        return new Node.Mapping(at, fields);
    }

    private static Node readSequence(JsonParser parser, Location at, Problems problems) throws IOException {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, problems));
        }
        return new Node.Sequence(at, items);
    }

    private static Node scalar(JsonParser parser, Location at, Node.Scalar.Kind kind) throws IOException {
        return new Node.Scalar(at, kind, parser.getText());
    }

    private static Location locationOf(JsonParser parser) {
        return locationOf(parser.currentTokenLocation());
    }

    /** SnakeYAML knows where the problem is; Jackson's own location is where the parser last stood. */
    private static Location locationOf(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return new Location(mark.getLine() + 1, mark.getColumn() + 1);
        }
        return locationOf(e.getLocation());
    }

    private static Location locationOf(JsonLocation location) {
        if (location == null) {
            return Location.START;
        }
        return new Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** SnakeYAML messages quote the source under each line; keep only the unindented sentences. */
    private static String summary(String message) {
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining(": "));
    }
}
