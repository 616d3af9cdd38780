package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.health.DiskCheck;
import jp.madoguchi.app.kiosk.health.VisitStartGate;
import jp.madoguchi.app.output.journal.JournalException;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.memory.InMemoryJournal;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk on a journal it cannot trust takes no visit: before, it started on an edited chain and kept taking money
 * with no warning, and a full disk let a visit run through the card and the PIN.
 */
@Timeout(60)
class BrokenJournalKioskTest {
    @TempDir
    Path dir;

    @Test
    void aKioskStartedOnAnEditedJournalIsOutOfServiceWithTheReasonAndWritesNothing() throws Exception {
        KioskConfig config = demo();
        try (KioskSession kiosk = KioskSession.open(config, CardSource.choose(true, Optional.empty()),
                KioskHarness.tuesdayAt(10))) {
            await(kiosk, Attract.class);
            kiosk.visits().send(new ResidentAction.ChooseService(Service.HELP));
            await(kiosk, Attract.class);
        }
        sql(config.journalFile(), "UPDATE journal SET at = '2026-01-01T00:00:00Z' WHERE seq = 1");
        long before = Files.size(config.journalFile());

        try (KioskSession kiosk = KioskSession.open(config, CardSource.choose(true, Optional.empty()),
                KioskHarness.tuesdayAt(10))) {
            assertThat(await(kiosk, OutOfService.class).failed()).containsExactly(ServiceCheck.JOURNAL);
            assertThat(kiosk.status().failedChecks()).singleElement()
                    .satisfies(f -> assertThat(f.detail()).contains("is broken at record 1", "was edited"));
            kiosk.visits().send(new ResidentAction.ChooseService(Service.CERTIFICATES));
            assertThat(await(kiosk, OutOfService.class).failed()).containsExactly(ServiceCheck.JOURNAL);
            assertThat(kiosk.visits().current().visit()).isEmpty();
        }
        assertThat(Files.size(config.journalFile())).isEqualTo(before);
    }

    @Test
    void aVisitDoesNotStartWhenTheDiskIsTooFullForItsJournal() {
        InMemoryJournal journal = new InMemoryJournal();
        VisitStartGate gate = new VisitStartGate(journal, List.of(new DiskCheck(dir, Long.MAX_VALUE)));
        VisitId visit = VisitId.random();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gate.record(new JournalEntry.Started(visit,
                java.time.Instant.EPOCH, "kiosk", Service.CERTIFICATES, Language.JAPANESE)))
                .isInstanceOf(JournalException.class).hasMessageContaining("no visit can start")
                .hasMessageContaining("MB needed");
        assertThat(journal.entries()).isEmpty();
    }

    private KioskConfig demo() {
        return new KioskConfig(null, null, null, null, null, null, null, null, null, null, dir.resolve("journal.db"),
                dir.resolve("spool"), null, null, null, null, null, null);
    }

    private static <T> T await(KioskSession kiosk, Class<T> step) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!step.isInstance(kiosk.visits().current().step())) {
            assertThat(System.nanoTime()).as(step.getSimpleName() + " in time, on "
                    + kiosk.visits().current().step().id()).isLessThan(deadline);
            Thread.sleep(20);
        }
        return step.cast(kiosk.visits().current().step());
    }

    private static void sql(Path db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isEqualTo(1);
        }
    }
}
