package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal written by the 0.1 journal code (test resource journal/legacy-0.1.sqlite: every kind of record it wrote,
 * and its own export) still verifies, exports exactly as 0.1 exported it, and reads back into today's entries: the
 * money, the sheets and the five coarse end reasons as they were written, no finer.
 */
class LegacyJournalTest {
    private static final VisitId PAID = new VisitId("V-0123456789abcdef");
    private static final VisitId DENIED = new VisitId("V-fedcba9876543210");

    @TempDir
    Path dir;

    private Journal open() throws Exception {
        Path db = dir.resolve("legacy.sqlite");
        try (InputStream in = resource("legacy-0.1.sqlite")) {
            Files.copy(in, db);
        }
        return Journal.open(db, Clock.systemUTC());
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(LegacyJournalTest.class.getResourceAsStream("/journal/" + name), name);
    }

    @Test
    void itVerifiesAndExportsByteForByteAsItDidBefore() throws Exception {
        String before;
        try (InputStream in = resource("legacy-0.1.jsonl")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Journal journal = open()) {
            assertThat(journal.verify().intact()).isTrue();
            StringWriter out = new StringWriter();
            assertThat(JournalExport.write(journal, null, new PrintWriter(out))).isEqualTo(37);
            assertThat(out.toString()).isEqualTo(before);
        }
    }

    @Test
    void itsRecordsReadBackIntoTodaysEntries() throws Exception {
        try (Journal journal = open()) {
            List<JournalRecord> paid = journal.visit(PAID);
            assertThat(paid.get(0).entry()).isInstanceOfSatisfying(JournalEntry.Started.class, started -> {
                assertThat(started.service()).as("0.1 did not record it").isNull();
                assertThat(started.language()).isNull();
            });
            assertThat(VisitFacts.municipality(paid)).map(code -> code.value()).contains("284645");
            VisitLedger ledger = VisitLedger.of(paid);
            assertThat(ledger.received()).isEqualTo(600);
            assertThat(ledger.printedFees()).isEqualTo(200);
            assertThat(ledger.refunded()).isEqualTo(200);
            assertThat(ledger.unmatched()).isZero();
            assertThat(AccountHistory.of(journal, cardHash(paid), "284645")).hasSize(2)
                    .first().satisfies(visit -> assertThat(visit.printedCertificates()).containsExactly("juminhyo"));
            assertThat(ended(journal, PAID)).isEqualTo(EndReason.COMPLETED);
            assertThat(ended(journal, DENIED)).isEqualTo(EndReason.DENIED);
            assertThat(ended(journal, new VisitId("V-00000000000000cc"))).isEqualTo(EndReason.INTERRUPTED);
            assertThat(journal.openVisits()).isEmpty();
        }
    }

    @Test
    void newEntriesFollowTheOldOnesInOneChain() throws Exception {
        try (Journal journal = open()) {
            VisitId visit = VisitId.random();
            journal.record(new JournalEntry.Ended(visit, journal.now(), EndReason.CARD_UNREADABLE, "reading-card"));
            assertThat(journal.verify().intact()).isTrue();
            assertThat(ended(journal, visit)).isEqualTo(EndReason.CARD_UNREADABLE);
        }
    }

    private static String cardHash(List<JournalRecord> records) {
        return records.stream().map(JournalRecord::entry).filter(JournalEntry.CardIdentified.class::isInstance)
                .map(e -> ((JournalEntry.CardIdentified) e).certificateSerial().hex()).findFirst().orElseThrow();
    }

    private static EndReason ended(Journal journal, VisitId visit) {
        List<JournalRecord> records = journal.visit(visit);
        return ((JournalEntry.Ended) records.get(records.size() - 1).entry()).reason();
    }
}
