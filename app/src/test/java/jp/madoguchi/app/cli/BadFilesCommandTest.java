package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.KioskSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 §3: every bad file is one line naming the file (and where), an exit code, and never a stack trace. */
class BadFilesCommandTest {
    private static final String RULES = """
            municipality: {code: "284645", name: 播磨町}
            versions:
              - validFrom: 2016-03-01
                hours: {daily: "06:30-23:00"}
                maxCopies: 3
                certificates: {juminhyo: {fee: 250}}
            """;
    private static final String REQUEST = """
            {"municipality": "284645", "at": "2026-11-21T10:00:00+09:00", "requester": {"resident": "default"},
             "certificate": "juminhyo"}
            """;

    @TempDir
    Path dir;

    @Test
    void rulesCheckReportsANonUtf8FileAtItsByteAndChecksTheOthers() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("a.yaml"), RULES);
        Files.write(rules.resolve("b.yaml"), latin1("# café\n" + RULES.replace("284645", "012246")));

        Console console = Console.run("", "rules", "check", rules.toString());

        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.out()).contains("ok       " + rules.resolve("a.yaml"));
        assertThat(console.err()).contains(rules.resolve("b.yaml") + ":1:6: error: not valid UTF-8 (byte 0xE9)")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void rulesDecideAnswersWithTheValidFilesWhenAnotherIsNotUtf8() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("a.yaml"), RULES);
        Files.write(rules.resolve("b.yaml"), latin1("# café\n" + RULES.replace("284645", "012246")));

        Console console = Console.run(REQUEST, "rules", "decide", "--rules", rules.toString());

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).contains("\"allowed\" : true");
        assertThat(console.err()).contains("warning: " + rules.resolve("b.yaml") + " is invalid");
    }

    @Test
    void aRequestWithABomIsReadLikeARuleFileWithOne() {
        Console console = Console.run("\uFEFF" + REQUEST, "rules", "decide");

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).contains("\"allowed\" : true");
    }

    @Test
    void configCheckReportsInvalidUtf8AtItsByte() throws IOException {
        Path file = dir.resolve("kiosk.yaml");
        Files.write(file, latin1("mode: demo\nlanguage: én\n"));

        assertThat(configCheck(file)).isEqualTo(file + ":2:11: not valid UTF-8 (byte 0xE9)\n");
    }

    @Test
    void configCheckReportsASyntaxErrorWhereItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "mode: demo\nlanguage: 'en\nprinter: q\n");

        assertThat(configCheck(file)).startsWith(file + ":4:1: YAML syntax error: while scanning a quoted scalar")
                .doesNotContain("in 'reader'");
    }

    @Test
    void configCheckRefusesADuplicateKeyAndABinaryValue() throws IOException {
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "mode: production\nmode: demo\n");
        Path binary = Files.writeString(dir.resolve("binary.yaml"), "journalKey: !!binary AAAAAAAAAAAAAAAAAAAAAA==\n");

        assertThat(configCheck(twice)).isEqualTo(twice + ":2:1: duplicate key 'mode' (first written at line 1)\n");
        assertThat(configCheck(binary)).isEqualTo(binary + ":1:13: a binary value (!!binary) is not allowed here\n");
    }

    @Test
    void configCheckSaysAJournalThatIsNotSqliteIsNot() throws IOException {
        Path journal = Files.write(dir.resolve("journal.db"), "not a database at all, garbage".getBytes());
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "mode: training\njournal: " + journal + "\n");

        Console console = Console.run("", "config", "check", "--config", file.toString());

        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.out()).contains("FAIL  journal: " + journal + " is not a journal: not an SQLite database");
    }

    @Test
    void aKioskOnAGarbageJournalOrAMissingRulesDirectorySaysSoInOneLine() throws Exception {
        Path journal = Files.write(dir.resolve("journal.db"), new byte[4096]);
        StringWriter err = new StringWriter();
        KioskConfig garbage = KioskConfig.load(Optional.of(Files.writeString(dir.resolve("a.yaml"),
                "journal: " + journal + "\n")));
        KioskConfig noRules = KioskConfig.load(Optional.of(Files.writeString(dir.resolve("b.yaml"),
                "journal: " + dir.resolve("other.db") + "\nrulesDirectory: " + dir.resolve("missing") + "\n")));

        Optional<KioskSession> first = KioskCommand.open(garbage, CardSource.choose(true, Optional.empty()),
                Clock.systemUTC(), new PrintWriter(err, true));
        Optional<KioskSession> second = KioskCommand.open(noRules, CardSource.choose(true, Optional.empty()),
                Clock.systemUTC(), new PrintWriter(err, true));

        assertThat(first).isEmpty();
        assertThat(second).isEmpty();
        assertThat(err.toString().lines()).hasSize(2).allMatch(line -> line.startsWith("kiosk: "));
        assertThat(err.toString()).contains(journal.toString(), dir.resolve("missing").toString());
    }

    @Test
    void doctorWithABadConfigurationSaysWhyInOneLine() throws IOException {
        Path file = dir.resolve("kiosk.yaml");
        Files.write(file, latin1("mode: demo\nlanguage: én\n"));

        Console console = Console.run("", "doctor", "--virtual", "--config", file.toString());

        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.err()).isEqualTo("doctor: " + file + ":2:11: not valid UTF-8 (byte 0xE9)\n");
    }

    private static String configCheck(Path file) {
        Console console = Console.run("", "config", "check", "--config", file.toString());
        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.err()).doesNotContain("Exception", "\tat ", "Input length");
        return console.err();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
