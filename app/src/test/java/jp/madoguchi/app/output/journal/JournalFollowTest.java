package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code journal export --follow}: a reader with its own connection (as a log shipper's process has) sees each
 * record the kiosk's connection appends, once, in order, after what was there when it started.
 */
@Timeout(30)
class JournalFollowTest {
    private static final Instant AT = Instant.parse("2026-11-21T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void newRecordsAppearAsTheyAreWritten() throws Exception {
        Path db = dir.resolve("journal.db");
        VisitId visit = VisitId.random();
        StringWriter lines = new StringWriter();
        try (Journal kiosk = Journal.open(db, CLOCK); Journal shipper = Journal.open(db, CLOCK)) {
            kiosk.record(new JournalEntry.PaymentDue(visit, AT, 400));
            PrintWriter out = new PrintWriter(lines);
            Thread follower = new Thread(() -> JournalExport.follow(shipper, null, out, Duration.ofMillis(20)));
            follower.start();
            awaitLines(lines, 1);
            kiosk.record(new JournalEntry.CashInserted(visit, AT, 500));
            kiosk.record(new JournalEntry.Ended(visit, AT, EndReason.COMPLETED, "thank-you"));
            awaitLines(lines, 3);
            follower.interrupt();
            follower.join(5000);

            assertThat(follower.isAlive()).isFalse();
            assertThat(lines.toString().lines()).hasSize(3).satisfiesExactly(
                    first -> assertThat(first).contains("\"seq\":1", "payment-due"),
                    second -> assertThat(second).contains("\"seq\":2", "cash-inserted"),
                    third -> assertThat(third).contains("\"seq\":3", "completed"));
        }
    }

    private static void awaitLines(StringWriter lines, int count) throws InterruptedException {
        while (lines.toString().lines().count() < count) {
            Thread.sleep(10);
        }
    }
}
