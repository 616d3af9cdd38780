package jp.madoguchi.app.output.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {
    @TempDir
    Path dir;

    private static final Instant AT = Instant.parse("2026-11-21T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    private static final DocumentNumber DOC_A = new DocumentNumber("284645-20261121-AAAAAAAAAA");
    private static final DocumentNumber DOC_B = new DocumentNumber("284645-20261121-BBBBBBBBBB");
    private static final DocumentNumber DOC_C = new DocumentNumber("284645-20261121-CCCCCCCCCC");

    @Test
    void aLateAnswerAfterTheEndDoesNotReopenTheVisitButLateMoneyIsOwed() {
        VisitId cancelled = VisitId.random();
        VisitId paidLate = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("late.db"), CLOCK)) {
            // Out of service mid-payment: the 100 yen went back, then the unit's cancel answer came in.
            journal.record(new JournalEntry.Started(cancelled, AT, "test-kiosk", null, null));
            journal.record(new JournalEntry.CashInserted(cancelled, AT, 100));
            journal.record(new JournalEntry.PaymentCancelled(cancelled, AT, 100));
            journal.record(new JournalEntry.Ended(cancelled, AT, EndReason.OUT_OF_SERVICE, "payment"));
            journal.record(new JournalEntry.PaymentRecorded(cancelled, AT, PaymentStatus.CANCELLED, 0));
            // A payment completed after its visit gave up, and the kiosk stopped before refunding it.
            journal.record(new JournalEntry.Started(paidLate, AT, "test-kiosk", null, null));
            journal.record(new JournalEntry.Ended(paidLate, AT, EndReason.OUT_OF_SERVICE, "payment"));
            journal.record(new JournalEntry.CashInserted(paidLate, AT, 300));

            assertThat(journal.openVisits()).as("before: both were reopened and ended again as interrupted")
                    .isEmpty();
            List<CrashRecovery.Recovered> recovered = CrashRecovery.run(journal);

            assertThat(recovered).extracting(CrashRecovery.Recovered::visit).containsExactly(paidLate);
            assertThat(journal.visit(cancelled)).hasSize(5);
            assertThat(journal.visit(paidLate).get(3).entry())
                    .isEqualTo(new JournalEntry.RefundDue(paidLate, AT, 300, "interrupted"));
            assertThat(journal.visit(paidLate)).extracting(JournalRecord::entry)
                    .filteredOn(JournalEntry.Ended.class::isInstance).hasSize(1);
        }
    }

    @Test
    void closesOpenVisitsAndRefundsOnlyWhatNoPrintedSheetAccountsFor() {
        VisitId halfPaid = VisitId.random();
        VisitId oneOfTwoPrinted = VisitId.random();
        VisitId allPrinted = VisitId.random();
        VisitId finished = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("j.db"), CLOCK)) {
            journal.record(new JournalEntry.Started(halfPaid, AT, "test-kiosk", null, null));
            journal.record(new JournalEntry.PaymentDue(halfPaid, AT, 300));
            journal.record(new JournalEntry.CashInserted(halfPaid, AT, 100));

            journal.record(new JournalEntry.PaymentDue(oneOfTwoPrinted, AT, 400));
            journal.record(new JournalEntry.CashInserted(oneOfTwoPrinted, AT, 1000));
            journal.record(new JournalEntry.ChangeReturned(oneOfTwoPrinted, AT, 600));
            journal.record(new JournalEntry.DocumentIssued(oneOfTwoPrinted, AT, DOC_A, "juminhyo", 200));
            journal.record(new JournalEntry.DocumentIssued(oneOfTwoPrinted, AT, DOC_B, "juminhyo", 200));
            journal.record(new JournalEntry.SheetPrinted(oneOfTwoPrinted, AT, DOC_A, true, ""));

            journal.record(new JournalEntry.CashInserted(allPrinted, AT, 200));
            journal.record(new JournalEntry.DocumentIssued(allPrinted, AT, DOC_C, "inkan-toroku", 200));
            journal.record(new JournalEntry.SheetPrinted(allPrinted, AT, DOC_C, true, ""));

            journal.record(new JournalEntry.Started(finished, AT, "test-kiosk", null, null));
            journal.record(new JournalEntry.Ended(finished, AT, EndReason.COMPLETED, null));

            List<CrashRecovery.Recovered> recovered = CrashRecovery.run(journal);

            assertThat(recovered).extracting(CrashRecovery.Recovered::visit)
                    .containsExactly(halfPaid, oneOfTwoPrinted, allPrinted);
            assertThat(recovered).extracting(CrashRecovery.Recovered::refundRecorded).containsExactly(100, 200, 0);
            assertThat(journal.openVisits()).isEmpty();
            assertThat(last(journal, halfPaid, 2)).containsExactly(
                    new JournalEntry.RefundDue(halfPaid, AT, 100, "interrupted"),
                    new JournalEntry.Ended(halfPaid, AT, EndReason.INTERRUPTED, null));
            assertThat(last(journal, allPrinted, 1))
                    .containsExactly(new JournalEntry.Ended(allPrinted, AT, EndReason.INTERRUPTED, null));
            assertThat(journal.verify().intact()).isTrue();
            assertThat(CrashRecovery.run(journal)).as("a second start finds nothing left open").isEmpty();
        }
    }

    @Test
    void aRefundAlreadyRecordedAsDueIsNotRecordedTwice() {
        VisitId visit = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("j.db"), CLOCK)) {
            journal.record(new JournalEntry.CashInserted(visit, AT, 500));
            journal.record(new JournalEntry.RefundDue(visit, AT, 500, "printer-gone"));

            assertThat(CrashRecovery.run(journal)).extracting(CrashRecovery.Recovered::refundRecorded)
                    .containsExactly(0);
            VisitLedger ledger = VisitLedger.of(journal.visit(visit));
            assertThat(ledger.refundsDue()).isEqualTo(500);
            assertThat(ledger.unmatched()).isEqualTo(500);
        }
    }

    private static List<JournalEntry> last(Journal journal, VisitId visit, int n) {
        List<JournalEntry> events = journal.visit(visit).stream().map(JournalRecord::entry).toList();
        return events.subList(events.size() - n, events.size());
    }
}
