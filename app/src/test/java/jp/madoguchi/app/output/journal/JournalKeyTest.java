package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.port.SerialKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The card-hash key: before, its secret sat in the journal file itself (so the file alone linked a card's visits)
 * and the hash was salted SHA-256, not the HMAC the docs described.
 */
class JournalKeyTest {
    private static final BigInteger SERIAL = new BigInteger("0a1b2c3d4e5f", 16);

    @TempDir
    Path dir;

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndKeptAcrossRestarts() throws IOException {
        Path file = dir.resolve("etc/journal.key");
        SerialHash first = JournalKey.load(file, true).hash(SERIAL);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");
        assertThat(JournalKey.load(file, false).hash(SERIAL)).as("the same kiosk after a restart").isEqualTo(first);
        assertThat(JournalKey.load(dir.resolve("other.key"), true).hash(SERIAL)).as("another kiosk")
                .isNotEqualTo(first);
    }

    @Test
    void theHashIsHmacSha256OfTheSerialUnderTheKey() throws Exception {
        Path file = dir.resolve("journal.key");
        SerialKey key = JournalKey.load(file, true);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(Files.readString(file).strip()), "HmacSHA256"));

        assertThat(key.hash(SERIAL).hex()).isEqualTo(HexFormat.of().formatHex(
                mac.doFinal("a1b2c3d4e5f".getBytes(StandardCharsets.US_ASCII))));
        assertThat(key).hasToString("SerialKey[secret]");
    }

    @Test
    void theJournalHoldsNeitherTheKeyNorAnythingToMakeIt() throws IOException {
        Path key = dir.resolve("journal.key");
        Path db = dir.resolve("data/journal.db");
        SerialHash hash = JournalKey.load(key, true).hash(SERIAL);
        try (Journal journal = Journal.open(db, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))) {
            journal.record(new JournalEntry.CardIdentified(VisitId.random(), Instant.EPOCH, hash));
        }
        String secret = Files.readString(key).strip();
        for (Path file : new Path[] {db, JournalAnchor.beside(db)}) {
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain(secret)
                    .doesNotContain("installation");
        }
    }

    @Test
    void aMissingKeyIsAnErrorWhereTheKioskMayNotMakeOneAndAReadableOneIsRefused() throws IOException {
        assertThatThrownBy(() -> JournalKey.load(dir.resolve("missing.key"), false))
                .hasMessageContaining("missing.key is missing");
        Path shared = dir.resolve("shared.key");
        JournalKey.load(shared, true);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> JournalKey.load(shared, false)).hasMessageContaining("chmod 600");
    }
}
