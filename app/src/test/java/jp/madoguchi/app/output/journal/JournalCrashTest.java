package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills a kiosk process with SIGKILL in the middle of a visit, then starts again as the kiosk does: the journal must
 * verify, the visit must be closed as interrupted, and every yen taken must be matched to a printed sheet or be
 * recorded as a refund due.
 */
class JournalCrashTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed during {0}")
    @CsvSource({
        "payment,  100, 0,   100",   // 100 yen in, nothing printed: all of it back
        "printing, 600, 200, 200",   // paid 400 (+200 change), one of two sheets printed: the other's fee back
        "refunding, 600, 200, 0",    // second sheet failed, its refund already recorded as due: not owed twice
        "printed,  600, 400, 0",     // both sheets printed, only the end record missing: nothing owed
    })
    @Timeout(60)
    void aKilledVisitIsClosedAsInterruptedWithItsMoneyAccountedFor(String phase, int received, int printedFees,
            int refund) throws Exception {
        Path db = dir.resolve("journal.db");
        VisitId visit = runAndKillAt(db, phase);

        try (Journal restarted = Journal.open(db, Clock.systemUTC())) {
            assertThat(restarted.verify().intact()).as("chain after the crash").isTrue();
            assertThat(restarted.openVisits()).containsExactly(visit);

            List<CrashRecovery.Recovered> recovered = CrashRecovery.run(restarted);

            assertThat(recovered).hasSize(1);
            VisitLedger before = recovered.get(0).ledger();
            assertThat(before.received()).isEqualTo(received);
            assertThat(before.printedFees()).isEqualTo(printedFees);
            assertThat(recovered.get(0).refundRecorded()).isEqualTo(refund);
            VisitLedger after = VisitLedger.of(restarted.visit(visit));
            assertThat(after.received() - after.returned())
                    .as("money kept = printed fees + refunds due")
                    .isEqualTo(after.printedFees() + after.refundsDue());
            List<JournalRecord> records = restarted.visit(visit);
            assertThat(records.get(records.size() - 1).entry()).isEqualTo(
                    new JournalEntry.Ended(visit, records.get(records.size() - 1).at(), EndReason.INTERRUPTED, null));
            assertThat(restarted.openVisits()).isEmpty();
            assertThat(restarted.verify().intact()).as("chain after recovery").isTrue();
        }
    }

    /** Starts {@link KioskVisitScript}, waits for it to reach {@code phase}, and kills it with SIGKILL. */
    private static VisitId runAndKillAt(Path db, String phase) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process kiosk = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KioskVisitScript.class.getName(), db.toString(), phase)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        VisitId visit = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(kiosk.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("VISIT ")) {
                    visit = new VisitId(line.substring(6));
                } else if (line.equals("PHASE " + phase)) {
                    kiosk.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(kiosk.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(kiosk.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(visit).isNotNull();
        return visit;
    }
}
