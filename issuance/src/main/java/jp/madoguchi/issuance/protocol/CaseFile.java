package jp.madoguchi.issuance.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.json.InputException;

/**
 * A file of cases, one JSON object per line ({@code rules decide --cases}, {@code rules check --cases}): a decision
 * request, optionally with a {@code name} and what it must {@code expect}. Blank lines are skipped; every other line
 * keeps its line number, so each answer and each disagreement names {@code file:line}.
 */
public record CaseFile(String name, List<Line> lines) {
    /** The fields a case adds to a request; the request reader never sees them. */
    public static final List<String> CASE_FIELDS = List.of("name", "expect");

    /** One case: its line number and its text. */
    public record Line(int number, String text) {}

    public CaseFile {
        lines = List.copyOf(lines);
    }

    public static CaseFile of(String name, String text) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (!line.isBlank()) {
                lines.add(new Line(number, line));
            }
        }
        return new CaseFile(name, lines);
    }

    /** A parsed case: the request without the case fields, its name and its expectation if it has one. */
    record Parsed(JsonNode request, Optional<String> name, Optional<JsonNode> expect) {}

    static Parsed parse(Line line) {
        JsonNode node = RulesOperations.parse(line.text());
        if (!node.isObject()) {
            throw new InputException("a case must be one JSON object on one line");
        }
        ObjectNode request = ((ObjectNode) node).deepCopy();
        JsonNode name = request.remove("name");
        JsonNode expect = request.remove("expect");
        if (name != null && !name.isTextual()) {
            throw new InputException("name must be a text");
        }
        return new Parsed(request, Optional.ofNullable(name).map(JsonNode::asText), Optional.ofNullable(expect));
    }
}
