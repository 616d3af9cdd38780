package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.madoguchi.app.output.VisitId;
import jp.madoguchi.app.output.journal.JournalEvent.CashInserted;
import jp.madoguchi.app.output.journal.JournalEvent.ChangeReturned;
import jp.madoguchi.app.output.journal.JournalEvent.DocumentIssued;
import jp.madoguchi.app.output.journal.JournalEvent.PaymentDue;
import jp.madoguchi.app.output.journal.JournalEvent.PrintFinished;
import jp.madoguchi.app.output.journal.JournalEvent.RefundDue;
import jp.madoguchi.app.output.journal.JournalEvent.VisitStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void closesOpenVisitsAndRefundsOnlyWhatNoPrintedSheetAccountsFor() {
        VisitId halfPaid = VisitId.random();
        VisitId oneOfTwoPrinted = VisitId.random();
        VisitId allPrinted = VisitId.random();
        VisitId finished = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            journal.record(halfPaid, new VisitStarted("k"));
            journal.record(halfPaid, new PaymentDue(300));
            journal.record(halfPaid, new CashInserted(100));

            journal.record(oneOfTwoPrinted, new PaymentDue(400));
            journal.record(oneOfTwoPrinted, new CashInserted(1000));
            journal.record(oneOfTwoPrinted, new ChangeReturned(600));
            journal.record(oneOfTwoPrinted, new DocumentIssued("284645-20261121-AAAAAAAAAA", "juminhyo", 200));
            journal.record(oneOfTwoPrinted, new DocumentIssued("284645-20261121-BBBBBBBBBB", "juminhyo", 200));
            journal.record(oneOfTwoPrinted, new PrintFinished("284645-20261121-AAAAAAAAAA", true, ""));

            journal.record(allPrinted, new CashInserted(200));
            journal.record(allPrinted, new DocumentIssued("284645-20261121-CCCCCCCCCC", "inkan-toroku", 200));
            journal.record(allPrinted, new PrintFinished("284645-20261121-CCCCCCCCCC", true, ""));

            journal.record(finished, new VisitStarted("k"));
            journal.record(finished, EndReason.COMPLETED.event());

            List<CrashRecovery.Recovered> recovered = CrashRecovery.run(journal);

            assertThat(recovered).extracting(CrashRecovery.Recovered::visit)
                    .containsExactly(halfPaid, oneOfTwoPrinted, allPrinted);
            assertThat(recovered).extracting(CrashRecovery.Recovered::refundRecorded).containsExactly(100, 200, 0);
            assertThat(journal.openVisits()).isEmpty();
            assertThat(last(journal, halfPaid, 2)).containsExactly(new RefundDue(100, "interrupted"),
                    EndReason.INTERRUPTED.event());
            assertThat(last(journal, allPrinted, 1)).containsExactly(EndReason.INTERRUPTED.event());
            assertThat(journal.verify().intact()).isTrue();
            assertThat(CrashRecovery.run(journal)).as("a second start finds nothing left open").isEmpty();
        }
    }

    @Test
    void aRefundAlreadyRecordedAsDueIsNotRecordedTwice() {
        VisitId visit = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            journal.record(visit, new CashInserted(500));
            journal.record(visit, new RefundDue(500, "printer-gone"));

            assertThat(CrashRecovery.run(journal)).extracting(CrashRecovery.Recovered::refundRecorded)
                    .containsExactly(0);
            VisitLedger ledger = VisitLedger.of(journal.visit(visit));
            assertThat(ledger.refundsDue()).isEqualTo(500);
            assertThat(ledger.unmatched()).isEqualTo(500);
        }
    }

    private static List<JournalEvent> last(Journal journal, VisitId visit, int n) {
        List<JournalEvent> events = journal.visit(visit).stream().map(JournalRecord::event).toList();
        return events.subList(events.size() - n, events.size());
    }
}
