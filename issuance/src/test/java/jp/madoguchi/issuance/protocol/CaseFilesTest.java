package jp.madoguchi.issuance.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 15 §7: many requests in one run, and decision tables that {@code rules check --cases} checks. */
class CaseFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RulesOperations SAMPLES = new RulesOperations(Samples.BOOK, Samples.REGISTRY);
    private static final String REQUEST = "\"municipality\": \"284645\", \"at\": \"2026-11-20T%s\","
            + " \"requester\": {\"resident\": \"default\"}, \"certificate\": \"koseki-zenbu\"";

    @Test
    void theDocumentedSampleCasesAllAgreeWithTheSampleRules() throws IOException {
        CaseFile file = CaseFile.of("samples.cases.jsonl", Files.readString(Path.of("../docs/samples.cases.jsonl")));

        CaseCheck.Result result = new CaseCheck(SAMPLES).run(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.cases()).isGreaterThan(10);
        assertThat(result.ok()).isTrue();
    }

    @Test
    void aBatchAnswersEveryLineInOrderAndABadLineInItsPlace() throws IOException {
        CaseFile file = CaseFile.of("c.jsonl", "{" + REQUEST.formatted("10:00:00") + "}\n\n"
                + "{\"municipality\": \"284645\"}\n"
                + "{\"name\": \"closed\", " + REQUEST.formatted("08:00:00") + ", \"expect\": {\"allowed\": true}}\n");
        List<String> out = new ArrayList<>();

        List<String> problems = new BatchDecisions(SAMPLES).answer(file, out::add);

        assertThat(out).hasSize(3);
        assertThat(JSON.readTree(out.get(0)).get("feeTotal").asInt()).isEqualTo(350);
        JsonNode bad = JSON.readTree(out.get(1));
        assertThat(bad.get("line").asInt()).isEqualTo(3);
        assertThat(bad.get("error").asText()).isEqualTo("request.at is required");
        assertThat(JSON.readTree(out.get(2)).get("allowed").asBoolean()).as("expect is not checked here").isFalse();
        assertThat(problems).containsExactly("c.jsonl:3: request.at is required");
    }

    static Stream<Arguments> disagreements() {
        return Stream.of(
                row("agrees", "\"expect\": {\"allowed\": true, \"feeTotal\": 350}", "10:00:00", null),
                row("expected allowed, got denied", "\"name\": \"early\", \"expect\": {\"allowed\": true}", "08:00:00",
                        "c.jsonl:1: error: case 'early': expected allowed, got denied by [hours] (feePerCopy 350,"
                                + " feeTotal 0): 戸籍全部事項証明書 (koseki-zenbu) is available weekdays 08:30–17:15."),
                row("the wrong reason", "\"expect\": {\"allowed\": false, \"reasons\": [\"year-end\"]}", "08:00:00",
                        "c.jsonl:1: error: expected denied by [year-end], got denied by [hours] (feePerCopy 350,"
                                + " feeTotal 0): 戸籍全部事項証明書 (koseki-zenbu) is available weekdays 08:30–17:15."),
                row("the wrong fee", "\"expect\": {\"allowed\": true, \"feePerCopy\": 450}", "10:00:00",
                        "c.jsonl:1: error: expected allowed (feePerCopy 450), got allowed (feePerCopy 350, feeTotal 350)"),
                row("no expectation", "\"name\": \"x\"", "10:00:00",
                        "c.jsonl:1: error: a case needs expect: {\"allowed\": ...}"),
                row("a misspelt expectation", "\"expect\": {\"allow\": true}", "10:00:00",
                        "c.jsonl:1: error: unknown field expect.allow; expected one of: allowed, reasons, feePerCopy,"
                                + " feeTotal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disagreements")
    void aCaseThatDisagreesIsReportedAtItsLineWithExpectedAndActual(String name, String caseFields, String time,
            String problem) {
        CaseFile file = CaseFile.of("c.jsonl", "{" + caseFields + ", " + REQUEST.formatted(time) + "}\n");

        CaseCheck.Result result = new CaseCheck(SAMPLES).run(file);

        assertThat(result.problems()).isEqualTo(problem == null ? List.of() : List.of(problem));
        assertThat(result.summary()).isEqualTo("c.jsonl: 1 case(s), " + (problem == null ? "1 agree, 0 do not"
                : "0 agree, 1 do not"));
    }

    private static Arguments row(String name, String caseFields, String time, String problem) {
        return Arguments.of(name, caseFields, time, problem);
    }
}
