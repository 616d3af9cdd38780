package jp.madoguchi.issuance.rules.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.madoguchi.issuance.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §3: a bad rule file is an error of that file ({@code file:line:column: message}), found in bounded time,
 * and the other files still load; nothing is thrown.
 */
class BadRuleFilesTest {
    private static final String VALID = Samples.HARIMA_FILE;
    private static final String OTHER = VALID.replace("284645", "012246").replace("播磨町", "千歳市");

    @TempDir
    Path dir;

    @Test
    void aNonUtf8ByteInACommentIsReportedWithItsPlaceAndTheOtherFilesLoad() throws IOException {
        Files.write(dir.resolve("a.yaml"), bytes("# caf", new byte[] {(byte) 0xE9}, "\n" + VALID));
        Files.writeString(dir.resolve("b.yaml"), OTHER);

        LoadReport report = RuleLoader.load(RuleSources.directory(dir));

        assertThat(report.errors()).extracting(RuleError::toString)
                .containsExactly(dir + "/a.yaml:1:6: not valid UTF-8 (byte 0xE9)");
        assertThat(report.book().size()).isEqualTo(1);
    }

    @Test
    void theColumnOfABadByteCountsCharactersNotBytes() throws IOException {
        Files.write(dir.resolve("a.yaml"), bytes(VALID.replace("播磨町", "播磨"), new byte[] {(byte) 0xC3, '}'}, ""));

        assertThat(errors()).containsExactly(dir + "/a.yaml:7:1: not valid UTF-8 (byte 0xC3)");
    }

    @Test
    void aBinaryValueIsAnErrorAtItsLocation() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), VALID.replace("name: 播磨町", "name: !!binary 5pKt56Oo55S6"));

        assertThat(errors()).containsExactly(dir + "/a.yaml:1:38: a binary value (!!binary) is not allowed here");
    }

    @Test
    void anAliasIsAnErrorAtItsLocation() throws IOException {
        Files.writeString(dir.resolve("a.yaml"),
                VALID.replace("hours: {", "hours: &h {").replace("{fee: 200}", "{fee: 200, hours: *h}"));

        assertThat(errors()).contains(dir + "/a.yaml:6:48: YAML aliases (*h) are not allowed: write the value out");
    }

    @Test
    void aSyntaxErrorIsReportedWhereTheProblemIs() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "municipality: {code: \"284645\", name: '播磨町}\nversions: []\n");

        assertThat(errors()).singleElement().asString()
                .startsWith(dir + "/a.yaml:3:1: YAML syntax error: while scanning a quoted scalar")
                .contains("found unexpected end of stream");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "versions: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");

        assertThat(errors()).singleElement().asString().startsWith(dir + "/a.yaml:1:");
    }

    @Test
    void aHugeLineIsRefusedAtOnceWithoutReadingTheWholeFile() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "# " + "x".repeat(20 << 20) + "\n" + VALID);
        Files.writeString(dir.resolve("b.yaml"), "# " + "x".repeat(5000) + "\n" + OTHER);

        long start = System.nanoTime();
        List<String> errors = errors();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(errors).containsExactly(
                dir + "/a.yaml:1:1: the rule file is larger than 1 MiB (the limit for a rule file)",
                dir + "/b.yaml:1:4097: line 1 is longer than 4096 characters (the limit for a rule file)");
    }

    @Test
    void aLeadingBomIsDropped() throws IOException {
        Files.write(dir.resolve("a.yaml"), bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, VALID));

        assertThat(errors()).isEmpty();
    }

    @Test
    void aReplacementCharacterReallyWrittenIsTextButOneAfterABadByteDoesNotHideIt() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "# \uFFFD\n" + VALID);
        Files.write(dir.resolve("b.yaml"), bytes("# \uFFFD ", new byte[] {(byte) 0xFF}, "\n" + OTHER));

        assertThat(errors()).containsExactly(dir + "/b.yaml:1:5: not valid UTF-8 (byte 0xFF)");
    }

    @Test
    void encodedSurrogatesAndOverlongFormsAreNotUtf8() throws IOException {
        Files.write(dir.resolve("a.yaml"), bytes("# ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\n" + VALID));
        Files.write(dir.resolve("b.yaml"), bytes("#", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\n" + OTHER));

        assertThat(errors()).containsExactly(dir + "/a.yaml:1:3: not valid UTF-8 (byte 0xED)",
                dir + "/b.yaml:1:2: not valid UTF-8 (byte 0xC0)");
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "#" + "x".repeat(4095) + "\n" + VALID + "#" + "x".repeat(4095));
        Files.writeString(dir.resolve("b.yaml"), OTHER + "#" + "x".repeat(4096));

        assertThat(errors()).containsExactly(
                dir + "/b.yaml:7:4097: line 7 is longer than 4096 characters (the limit for a rule file)");
    }

    private List<String> errors() throws IOException {
        return RuleLoader.load(RuleSources.directory(dir)).errors().stream().map(RuleError::toString).toList();
    }

    private static byte[] bytes(String before, byte[] raw, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + raw.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(raw, 0, all, head.length, raw.length);
        System.arraycopy(tail, 0, all, head.length + raw.length, tail.length);
        return all;
    }
}
