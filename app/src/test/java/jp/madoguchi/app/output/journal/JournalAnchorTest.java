package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the hash chain alone could not tell, and the anchor outside the file now does: each of these verified "ok"
 * before (a 0-byte journal, a {@code .db} without its {@code -wal}, a deleted tail or last visit, another file).
 */
class JournalAnchorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anIntactJournalVerifiesAndItsAnchorHoldsItsHead() throws Exception {
        Path db = journal(30);
        assertThat(verify(db)).isEqualTo(new ChainVerdict.Intact(30, head(db)));
        assertThat(JournalAnchor.read(JournalAnchor.beside(db))).hasValue(new JournalAnchor.Mark(30, head(db)));
    }

    @Test
    void anEmptiedJournalIsALostOneNotANewOne() throws Exception {
        Path db = journal(30);
        Files.write(db, new byte[0]);

        try (Journal kiosk = Journal.open(db, CLOCK)) {
            assertThat(kiosk.problem()).hasValueSatisfying(p -> assertThat(p).contains("records 1..30 are missing"));
            assertThatThrownBy(() -> kiosk.record(started(VisitId.random()))).isInstanceOf(JournalException.class);
        }
        assertThat(Files.size(db)).as("nothing written into the evidence").isZero();
        assertThatThrownBy(() -> Journal.openReadOnly(db)).hasMessageContaining("the file is empty");
    }

    @Test
    void aDatabaseCopiedWithoutItsWalIsFoundShort() throws Exception {
        Path db = journal(19);
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve("journal.db");
        try (Journal kiosk = Journal.open(db, CLOCK)) {
            append(kiosk, 11);
            // What a backup of the .db alone takes while the kiosk runs: the last 11 records are still in the -wal.
            Files.copy(db, copy);
            Files.copy(JournalAnchor.beside(db), JournalAnchor.beside(copy));
        }
        ChainVerdict verdict = verify(copy);
        assertThat(verdict).isEqualTo(new ChainVerdict.Broken(20, "the anchor records 30 record(s), the file has 19:"
                + " records 20..30 are missing (a truncated or replaced file, or its -wal lost)"));
    }

    @Test
    void deletingTheTailOrTheLastVisitIsFound() throws Exception {
        Path db = journal(30);
        sql(db, "DELETE FROM journal WHERE seq > 27");
        assertThat(((ChainVerdict.Broken) verify(db)).seq()).isEqualTo(28);
    }

    @Test
    void anotherJournalInItsPlaceIsFound() throws Exception {
        Path db = journal(30);
        Path other = dir.resolve("other/journal.db");
        Files.createDirectories(other.getParent());
        try (Journal elsewhere = Journal.open(other, CLOCK)) {
            append(elsewhere, 31);
        }
        Files.move(other, db, StandardCopyOption.REPLACE_EXISTING);

        assertThat(((ChainVerdict.Broken) verify(db)).problem()).contains("not the record the anchor holds");
    }

    @Test
    void aJournalWithoutItsAnchorCannotVouchForItsEnd() throws Exception {
        Path db = journal(3);
        Files.delete(JournalAnchor.beside(db));
        assertThat(((ChainVerdict.Broken) verify(db)).problem()).contains("anchor journal.db.anchor is missing");
    }

    @Test
    void aCrashBetweenTheRowAndTheAnchorLosesNothingAndIsAnchoredAtTheNextStart() throws Exception {
        Path db = journal(4);
        Path anchor = JournalAnchor.beside(db);
        byte[] before = Files.readAllBytes(anchor);
        try (Journal kiosk = Journal.open(db, CLOCK)) {
            append(kiosk, 1);
        }
        Files.write(anchor, before);

        try (Journal kiosk = Journal.open(db, CLOCK)) {
            assertThat(kiosk.problem()).isEmpty();
            assertThat(kiosk.head().records()).isEqualTo(5);
        }
        assertThat(JournalAnchor.read(anchor).orElseThrow().records()).isEqualTo(5);
    }

    @Test
    void aTornAnchorSlotFallsBackToTheOtherOne() throws Exception {
        Path db = journal(6);
        Path anchor = JournalAnchor.beside(db);
        byte[] bytes = Files.readAllBytes(anchor);
        bytes[20] ^= 0x01; // slot 0 holds record 6: spoilt as a power cut mid-write would
        Files.write(anchor, bytes);

        assertThat(JournalAnchor.read(anchor).orElseThrow().records()).isEqualTo(5);
        try (Journal kiosk = Journal.open(db, CLOCK)) {
            assertThat(kiosk.problem()).isEmpty();
        }
    }

    @Test
    void aRowDeletedUnderTheRunningKioskIsItsProblemAtOnce() throws Exception {
        Path db = journal(3);
        try (Journal kiosk = Journal.open(db, CLOCK)) {
            assertThat(kiosk.problem()).isEmpty();
            sql(db, "DELETE FROM journal WHERE seq = 3");
            assertThat(kiosk.problem()).hasValueSatisfying(p -> assertThat(p).contains("changed under the running"));
        }
    }

    private Path journal(int records) {
        Path db = dir.resolve("journal.db");
        try (Journal journal = Journal.open(db, CLOCK)) {
            append(journal, records);
        }
        return db;
    }

    private static void append(Journal journal, int records) {
        for (int i = 0; i < records; i++) {
            VisitId visit = VisitId.random();
            journal.record(i % 2 == 0 ? started(visit) : new JournalEntry.Ended(visit, CLOCK.instant(),
                    EndReason.CANCELLED, "attract"));
        }
    }

    private static JournalEntry started(VisitId visit) {
        return new JournalEntry.Started(visit, CLOCK.instant(), "test-kiosk", Service.CERTIFICATES,
                Language.JAPANESE);
    }

    private static ChainVerdict verify(Path db) {
        try (Journal journal = Journal.openReadOnly(db)) {
            return journal.verify();
        }
    }

    private static String head(Path db) {
        try (Journal journal = Journal.openReadOnly(db)) {
            return journal.head().hash();
        }
    }

    private static void sql(Path db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
