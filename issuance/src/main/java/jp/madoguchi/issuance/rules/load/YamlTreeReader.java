package jp.madoguchi.issuance.rules.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Streams Jackson's YAML tokens into a {@link Node} tree, taking the location of each token as it goes. Syntax errors
 * and duplicate keys (which plain YAML loaders silently resolve to the last value) are reported, not thrown.
 */
final class YamlTreeReader {
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTreeReader() {}

    static Optional<Node> read(String text, Problems problems) {
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.at(Location.START, "the file is empty");
                return Optional.empty();
            }
            Node root = readValue(parser, problems);
            if (parser.nextToken() != null) {
                problems.at(locationOf(parser), "only one YAML document is allowed per file");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            problems.at(locationOf(e.getLocation()), "YAML syntax error: " + summary(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String cannot fail any other way
        }
    }

    private static Node readValue(JsonParser parser, Problems problems) throws IOException {
        Location at = locationOf(parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMapping(parser, at, problems);
            case START_ARRAY -> readSequence(parser, at, problems);
            case VALUE_STRING -> scalar(parser, at, Node.Scalar.Kind.STRING);
            case VALUE_NUMBER_INT -> scalar(parser, at, Node.Scalar.Kind.INTEGER);
            case VALUE_NUMBER_FLOAT -> scalar(parser, at, Node.Scalar.Kind.DECIMAL);
            case VALUE_TRUE, VALUE_FALSE -> scalar(parser, at, Node.Scalar.Kind.BOOLEAN);
            case VALUE_NULL -> scalar(parser, at, Node.Scalar.Kind.NULL);
            default -> throw new IllegalStateException("unexpected YAML token " + token + " at " + at);
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
