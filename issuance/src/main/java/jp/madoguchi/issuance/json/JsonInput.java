package jp.madoguchi.issuance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.Identified;

/**
 * One JSON object being read, with its path. Unknown fields are refused: in a request a misspelt option must not be
 * silently dropped, or a resident would pay for a certificate without the item they asked for.
 */
public final class JsonInput {
    private final JsonNode node;
    private final String path;

    private JsonInput(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static JsonInput object(JsonNode node, String path, List<String> fields) {
        if (node == null || !node.isObject()) {
            throw new InputException(path + " must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new InputException("unknown field " + at(path, name) + "; expected one of: "
                        + String.join(", ", fields));
            }
        }
        return new JsonInput(node, path);
    }

    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    public JsonNode raw(String field) {
        return node.get(field);
    }

    /** The path of this object itself, e.g. {@code residents[3]}. */
    public String path() {
        return path;
    }

    public String path(String field) {
        return at(path, field);
    }

    public String text(String field) {
        return optionalText(field).orElseThrow(() -> new InputException(path(field) + " is required"));
    }

    public Optional<String> optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InputException(path(field) + " must be a non-empty string, got " + value);
        }
        return Optional.of(value.asText());
    }

    public LocalDate date(String field) {
        String text = text(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(path(field) + " must be a date like 1980-05-05, got '" + text + "'");
        }
    }

    public int integer(String field, int min, int max, int fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw new InputException(path(field) + " must be an integer from " + min + " to " + max + ", got " + value);
        }
        return value.asInt();
    }

    public boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new InputException(path(field) + " must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    public <E extends Enum<E> & Identified> E id(String field, Class<E> type, String kind) {
        return id(text(field), path(field), type, kind);
    }

    public static <E extends Enum<E> & Identified> E id(String text, String path, Class<E> type, String kind) {
        return Identified.byId(type, text).orElseThrow(() -> new InputException(
                path + ": unknown " + kind + " '" + text + "'; expected one of: " + Identified.idList(type)));
    }

    public <E extends Enum<E> & Identified> Set<E> ids(String field, Class<E> type, String kind) {
        Set<E> values = EnumSet.noneOf(type);
        for (String text : texts(field)) {
            values.add(id(text, path(field), type, kind));
        }
        return values;
    }

    /** A list of strings; absent means empty. */
    public List<String> texts(String field) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            throw new InputException(path(field) + " must be a list, got " + value);
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InputException(path(field) + " must list strings, got " + item);
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
