package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALID = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 3
                certificates: {juminhyo: {fee: 250}}
            """;

    @TempDir
    Path dir;

    @Test
    void checkWithoutADirectoryValidatesTheBundledSamples() {
        Console console = Console.run("", "rules", "check");

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).contains("ok       samples/rules/harima.yaml  播磨町 (284645)",
                "4 file(s): 4 valid, 0 invalid");
        assertThat(console.err().lines()).as("only the values the samples' pages did not state").hasSize(3)
                .allSatisfy(line -> assertThat(line).matches("samples/rules/(chitose|kagoshima)\\.yaml:\\d+:\\d+:"
                        + " warning: .* is unverified .*"));
    }

    @Test
    void checkReportsEachErrorWithFileLineAndColumnAndFails() throws IOException {
        Files.writeString(dir.resolve("good.yaml"), VALID);
        Files.writeString(dir.resolve("bad.yaml"), VALID.replace("284645", "012246").replace("fee: 250", "fee: -250"));

        Console console = Console.run("", "rules", "check", dir.toString());

        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.out()).contains("ok       " + dir.resolve("good.yaml"));
        assertThat(console.err()).contains(dir.resolve("bad.yaml") + ":6:36: error: versions[0].certificates.juminhyo.fee"
                + " must be a positive integer (yen per copy), got '-250'", "2 file(s): 1 valid, 1 invalid");
    }

    @Test
    void decideWithCasesAnswersEveryLineInOneRun() throws IOException {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, """
                {"municipality":"284645","at":"2026-11-20T10:00:00","requester":{"resident":"default"},"certificate":"juminhyo"}
                {"municipality":"284645","at":"2026-11-20T10:00:00","requester":{"resident":"nobody"},"certificate":"juminhyo"}
                {"municipality":"284645","at":"2026-11-20T23:00:00","requester":{"resident":"default"},"certificate":"juminhyo"}
                """);

        Console console = Console.run("", "rules", "decide", "--cases", cases.toString());

        List<String> lines = console.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("allowed").asBoolean()).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("line").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(lines.get(2)).at("/reasons/0/messageKey").asText()).isEqualTo("hours.outside");
        assertThat(console.err()).isEqualTo("madoguchi rules decide: " + cases + ":2: request.requester.resident: no resident"
                + " 'nobody' in the registry" + System.lineSeparator());
        assertThat(console.exitCode()).isEqualTo(2);
    }

    @Test
    void checkWithCasesReportsEachDisagreeingCaseAtItsLine() throws IOException {
        Path cases = dir.resolve("harima.cases.jsonl");
        Files.writeString(cases, """
                {"name":"open","municipality":"284645","at":"2026-11-20T10:00","requester":{"resident":"default"},\
                "certificate":"juminhyo","expect":{"allowed":true,"feeTotal":200}}

                {"name":"late","municipality":"284645","at":"2026-11-20T23:30","requester":{"resident":"default"},\
                "certificate":"juminhyo","expect":{"allowed":true}}
                """);

        Console console = Console.run("", "rules", "check", "--cases", cases.toString());

        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.err()).contains(cases + ":3: error: case 'late': expected allowed, got denied by [hours]"
                + " (feePerCopy 200, feeTotal 0): 住民票の写し (juminhyo) is available daily 06:30–23:00.",
                cases + ": 2 case(s), 1 agree, 1 do not");
        assertThat(Console.run("", "rules", "check", "--cases", "../docs/samples.cases.jsonl").exitCode()).isZero();
    }

    @Test
    void checkOfAMissingDirectoryFails() {
        Console console = Console.run("", "rules", "check", dir.resolve("missing").toString());

        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.err()).contains("rules check: cannot read");
    }

    @Test
    void decideReadsOneRequestAndPrintsTheDecision() throws IOException {
        Console console = Console.run("""
                {"municipality":"284645","at":"2026-12-28T22:59:59+09:00","requester":{"resident":"default"},
                 "certificate":"juminhyo","subjects":["default"],"options":{},"copies":2}""", "rules", "decide");

        JsonNode decision = JSON.readTree(console.out());
        assertThat(console.exitCode()).isZero();
        assertThat(decision.get("allowed").asBoolean()).isTrue();
        assertThat(decision.get("feeTotal").asInt()).isEqualTo(400);
    }

    @Test
    void decideUsesTheGivenRulesDirectory() throws IOException {
        Files.writeString(dir.resolve("harima.yaml"), VALID);

        Console console = Console.run("""
                {"municipality":"284645","at":"2026-11-20T10:00:00+09:00","requester":{"resident":"default"},
                 "certificate":"juminhyo","copies":4}""", "rules", "decide", "--rules", dir.toString());

        JsonNode decision = JSON.readTree(console.out());
        assertThat(decision.get("allowed").asBoolean()).isFalse();
        assertThat(decision.get("feePerCopy").asInt()).isEqualTo(250);
        assertThat(decision.at("/reasons/0/messageKey").asText()).isEqualTo("copies.out-of-range");
    }

    @Test
    void menuAnswersWhatThePersonCanGetNow() throws IOException {
        Console console = Console.run("""
                {"municipality":"284645","at":"2026-11-21T10:00:00+09:00","requester":{"resident":"default"}}""",
                "rules", "menu");

        JsonNode menu = JSON.readTree(console.out());
        assertThat(console.exitCode()).isZero();
        assertThat(menu.at("/items/3/certificate").asText()).isEqualTo("koseki-zenbu");
        assertThat(menu.at("/items/3/reasons/0/message").asText())
                .isEqualTo("戸籍全部事項証明書 (koseki-zenbu) is available weekdays 08:30–17:15.");
    }

    @Test
    void aBadRequestExitsNonZeroWithTheProblemOnStderr() {
        Console console = Console.run("{\"municipality\":\"284645\"}", "rules", "decide");

        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.out()).isEmpty();
        assertThat(console.err()).contains("madoguchi rules decide: request.at is required");
    }
}
