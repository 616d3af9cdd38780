package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    private static final Instant AT = Instant.parse("2026-11-21T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void recordsComeBackInOrderWithTheirEventsAndAChainedHash() {
        Path db = dir.resolve("journal.db");
        VisitId visit = VisitId.random();
        try (Journal journal = Journal.open(db, CLOCK)) {
            journal.record(started(visit));
            journal.record(decided(visit, 2));
            journal.record(new JournalEntry.PaymentDue(visit, AT, 400));
        }
        try (Journal reopened = Journal.open(db, CLOCK)) {
            List<JournalRecord> records = reopened.records();
            assertThat(records).extracting(JournalRecord::seq).containsExactly(1L, 2L, 3L);
            assertThat(records.get(1).entry()).isEqualTo(decided(visit, 2));
            assertThat(records.get(0).prevHash()).isEqualTo(RecordHash.GENESIS);
            assertThat(records.get(2).prevHash()).isEqualTo(records.get(1).hash());
            assertThat(records.get(0).at()).isEqualTo(CLOCK.instant());
            JournalRecord fourth = reopened.append(new JournalEntry.Ended(visit, AT, EndReason.COMPLETED, "thank-you"));
            assertThat(fourth.seq()).isEqualTo(4);
            assertThat(fourth.prevHash()).isEqualTo(records.get(2).hash());
            assertThat(reopened.verify()).isEqualTo(new ChainVerdict.Intact(4, fourth.hash()));
        }
    }

    @Test
    void editingAStoredFieldBreaksThatRecord() throws Exception {
        Path db = journalOfFiveRecords();
        sql(db, "UPDATE journal SET body = '{\"yen\":1}' WHERE seq = 4");

        try (Journal journal = Journal.open(db, CLOCK)) {
            ChainVerdict verdict = journal.verify();
            assertThat(verdict).isInstanceOf(ChainVerdict.Broken.class);
            assertThat(((ChainVerdict.Broken) verdict).seq()).isEqualTo(4);
            assertThat(((ChainVerdict.Broken) verdict).problem()).contains("edited");
        }
    }

    @Test
    void removingARecordBreaksTheNumberingAndRenumberingBreaksTheLink() throws Exception {
        Path db = journalOfFiveRecords();
        Path copy = dir.resolve("copy.db");
        Files.copy(db, copy);
        sql(db, "DELETE FROM journal WHERE seq = 2");
        sql(copy, "DELETE FROM journal WHERE seq = 2", "UPDATE journal SET seq = seq - 1 WHERE seq > 2");

        try (Journal removed = Journal.open(db, CLOCK); Journal renumbered = Journal.open(copy, CLOCK)) {
            assertThat(removed.verify()).isEqualTo(new ChainVerdict.Broken(3, "record 2 is missing (found 3 next)"));
            ChainVerdict relinked = renumbered.verify();
            assertThat(((ChainVerdict.Broken) relinked).seq()).isEqualTo(2);
            assertThat(((ChainVerdict.Broken) relinked).problem()).contains("does not link to record 1");
        }
    }

    @Test
    void openVisitsAreThoseWithoutAnEndRecord() {
        VisitId ended = VisitId.random();
        VisitId open = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("j.db"), CLOCK)) {
            journal.record(started(ended));
            journal.record(started(open));
            journal.record(new JournalEntry.Ended(ended, AT, EndReason.CANCELLED, "place-card"));
            journal.record(new JournalEntry.PaymentDue(open, AT, 300));

            assertThat(journal.openVisits()).containsExactly(open);
            assertThat(journal.visit(open)).extracting(JournalRecord::entry)
                    .containsExactly(started(open), new JournalEntry.PaymentDue(open, AT, 300));
        }
    }

    private Path journalOfFiveRecords() {
        Path db = dir.resolve("five.db");
        VisitId visit = VisitId.random();
        try (Journal journal = Journal.open(db, CLOCK)) {
            journal.record(started(visit));
            journal.record(decided(visit, 1));
            journal.record(new JournalEntry.PaymentDue(visit, AT, 200));
            journal.record(new JournalEntry.CashInserted(visit, AT, 200));
            journal.record(new JournalEntry.Ended(visit, AT, EndReason.COMPLETED, "thank-you"));
            assertThat(journal.verify().intact()).isTrue();
        }
        return db;
    }

    private static JournalEntry started(VisitId visit) {
        return new JournalEntry.Started(visit, AT, "test-kiosk", Service.CERTIFICATES, Language.JAPANESE);
    }

    private static JournalEntry decided(VisitId visit, int copies) {
        return new JournalEntry.Decided(visit, AT, MunicipalityCode.parse("284645"), CertificateType.RESIDENT_RECORD,
                true, List.of("284645:juminhyo:hours"), copies, 200 * copies);
    }

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }
}
