package jp.madoguchi.issuance.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.madoguchi.issuance.json.InputException;

/**
 * {@code rules decide --cases}: every case of a file answered in one JVM, one compact JSON decision per line in the
 * cases' order. A case that cannot be read answers {@code {"line": N, "error": "..."}} in its place, so the answers
 * stay aligned with the cases, and is counted.
 */
public final class BatchDecisions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RulesOperations operations;

    public BatchDecisions(RulesOperations operations) {
        this.operations = operations;
    }

    /** Writes one answer per case to {@code out} and returns the {@code file:line: message} of each bad case. */
    public List<String> answer(CaseFile file, Consumer<String> out) {
        List<String> problems = new ArrayList<>(0);
        for (CaseFile.Line line : file.lines()) {
            try {
                JsonNode request = CaseFile.parse(line).request();
                out.accept(compact(DecisionWriter.decision(operations.decision(request))));
            } catch (InputException e) {
                problems.add(file.name() + ":" + line.number() + ": " + e.getMessage());
                out.accept(compact(JSON.createObjectNode().put("line", line.number()).put("error", e.getMessage())));
            }
        }
        return problems;
    }

    static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
