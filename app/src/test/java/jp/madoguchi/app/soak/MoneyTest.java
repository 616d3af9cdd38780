package jp.madoguchi.app.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import org.junit.jupiter.api.Test;

/** The soak's money rule catches what a passing soak must rule out: yen gone missing, paper printed unpaid. */
class MoneyTest {
    private static final VisitId VISIT = VisitId.random();
    private static final Instant AT = Instant.parse("2026-11-24T00:00:00Z");
    private static final DocumentNumber SHEET = DocumentNumber.next(MunicipalityCode.parse("284645"),
            LocalDate.of(2026, 11, 24));

    @Test
    void aPaidSheetThatPrintedWithTheChangeGivenBackAddsUp() {
        assertThat(Money.problem(records(new JournalEntry.CashInserted(VISIT, AT, 1000),
                new JournalEntry.ChangeReturned(VISIT, AT, 800),
                new JournalEntry.PaymentRecorded(VISIT, AT, PaymentStatus.PAID, 200),
                new JournalEntry.DocumentIssued(VISIT, AT, SHEET, "juminhyo", 200),
                new JournalEntry.SheetPrinted(VISIT, AT, SHEET, true, "")))).isEmpty();
    }

    @Test
    void aSheetThatFailedIsAccountedForOnlyByARefundDue() {
        List<JournalEntry> failed = new ArrayList<>(List.of(new JournalEntry.CashInserted(VISIT, AT, 200),
                new JournalEntry.PaymentRecorded(VISIT, AT, PaymentStatus.PAID, 200),
                new JournalEntry.DocumentIssued(VISIT, AT, SHEET, "juminhyo", 200),
                new JournalEntry.SheetPrinted(VISIT, AT, SHEET, false, "out-of-paper")));
        assertThat(Money.problem(records(failed.toArray(JournalEntry[]::new)))).hasValueSatisfying(
                p -> assertThat(p).startsWith("¥200 unaccounted for"));

        failed.add(new JournalEntry.RefundDue(VISIT, AT, 200, "out-of-paper"));
        assertThat(Money.problem(records(failed.toArray(JournalEntry[]::new)))).isEmpty();
    }

    @Test
    void coinsKeptAfterACancelAreUnaccountedFor() {
        assertThat(Money.problem(records(new JournalEntry.CashInserted(VISIT, AT, 100),
                new JournalEntry.PaymentCancelled(VISIT, AT, 0)))).hasValue(
                        "¥100 unaccounted for (received 100, returned 0, printed fees 0, refunds due 0, refunded 0)");
    }

    @Test
    void aCertificatePrintedWithoutAPaymentIsCaughtEvenWhenTheCashAddsUp() {
        assertThat(Money.problem(records(new JournalEntry.CashInserted(VISIT, AT, 200),
                new JournalEntry.DocumentIssued(VISIT, AT, SHEET, "juminhyo", 200),
                new JournalEntry.SheetPrinted(VISIT, AT, SHEET, true, "")))).hasValueSatisfying(
                        p -> assertThat(p).contains("printed without a payment"));
    }

    @Test
    void aSheetPrintedThatTheVisitNeverIssuedIsCaught() {
        assertThat(Money.problem(records(new JournalEntry.SheetPrinted(VISIT, AT, SHEET, true, ""))))
                .hasValue("sheet " + SHEET.value() + " printed but never issued in this visit");
    }

    private static List<JournalRecord> records(JournalEntry... entries) {
        List<JournalRecord> records = new ArrayList<>();
        for (JournalEntry entry : entries) {
            records.add(new JournalRecord(records.size() + 1, VISIT, AT, entry, "test", "{}", "", ""));
        }
        return records;
    }
}
