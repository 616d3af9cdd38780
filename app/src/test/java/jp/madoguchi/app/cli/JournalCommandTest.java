package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void verifyAcceptsAnIntactJournal() {
        Path db = journal();

        Console console = Console.run("", "journal", "verify", "--db", db.toString());

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).startsWith("journal ok: 4 record(s), head ");
        assertThat(console.err()).isEmpty();
    }

    /** One set of paths: the configuration that tells the kiosk where to journal tells the journal commands too. */
    @Test
    void theConfigurationsJournalIsTheOneVerified() throws Exception {
        Path db = journal();
        Path config = Files.writeString(dir.resolve("kiosk.yaml"), "journal: " + db + "\n");

        Console console = Console.run("", "journal", "verify", "--config", config.toString());

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).startsWith("journal ok: 4 record(s)");
        Console typo = Console.run("", "journal", "verify", "--config",
                Files.writeString(dir.resolve("typo.yaml"), "jornal: x\n").toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("typo.yaml", "jornal");
    }

    @Test
    void verifyNamesTheFirstBrokenRecordAndFails() throws Exception {
        Path db = journal();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE journal SET body = '{\"yen\":0}' WHERE seq = 3");
        }

        Console console = Console.run("", "journal", "verify", "--db", db.toString());

        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.err()).startsWith("journal broken at record 3: ");
    }

    @Test
    void verifyOfAMissingFileFailsWithoutCreatingIt() {
        Path missing = dir.resolve("none.db");

        Console console = Console.run("", "journal", "verify", "--db", missing.toString());

        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.err()).contains("no journal at " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void exportWritesOneJsonObjectPerRecordAndFiltersBySince() throws Exception {
        Path db = journal();

        Console all = Console.run("", "journal", "export", "--db", db.toString());
        Console later = Console.run("", "journal", "export", "--db", db.toString(), "--since", "2026-11-21T10:00:02+09:00");
        Console byDate = Console.run("", "journal", "export", "--db", db.toString(), "--since", "2026-11-22");

        assertThat(all.exitCode()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : all.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("type").asText())
                .containsExactly("visit-started", "service-chosen", "payment-due", "visit-ended");
        assertThat(lines.get(2).get("event").get("yen").asInt()).isEqualTo(300);
        assertThat(lines.get(1).get("prevHash").asText()).isEqualTo(lines.get(0).get("hash").asText());
        assertThat(later.out().strip().split("\n")).hasSize(2);
        assertThat(byDate.out()).as("10:00 Tokyo on the 21st is before the 22nd").isEmpty();
    }

    @Test
    void exportRejectsAnUnreadableSince() {
        Console console = Console.run("", "journal", "export", "--db", journal().toString(), "--since", "yesterday");

        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.err()).contains("--since must be an instant or a date");
    }

    /** Four records one second apart from 2026-11-21T01:00:00Z. */
    private Path journal() {
        Path db = dir.resolve("journal.db");
        VisitId visit = VisitId.random();
        List<Function<Instant, JournalEntry>> entries = List.of(at -> new JournalEntry.Started(visit, at, "test-kiosk", null, null),
                at -> new JournalEntry.ServiceChosen(visit, at, MunicipalityCode.parse("284645"), "juminhyo", 1),
                at -> new JournalEntry.PaymentDue(visit, at, 300),
                at -> new JournalEntry.Ended(visit, at, EndReason.CANCELLED, "payment"));
        for (int i = 0; i < entries.size(); i++) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z").plusSeconds(i), ZoneOffset.UTC);
            try (Journal journal = Journal.open(db, clock)) {
                journal.record(entries.get(i).apply(journal.now()));
            }
        }
        return db;
    }
}
