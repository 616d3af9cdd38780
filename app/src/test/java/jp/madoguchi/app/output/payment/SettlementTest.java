package jp.madoguchi.app.output.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlementTest {
    private static final DocumentNumber DOC = new DocumentNumber("284645-20261121-K7Q2M9X4TB");
    private static final Instant AT = Instant.parse("2026-11-21T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void paymentMovementsAreJournaledAsTheyHappen() {
        VisitId visit = VisitId.random();
        DemoCashAcceptor acceptor = new DemoCashAcceptor();
        try (Journal journal = Journal.open(dir.resolve("j.db"), CLOCK)) {
            acceptor.addListener(new PaymentRecorder(journal, visit));
            acceptor.demand(350);
            acceptor.insert(Cash.COIN_100);
            acceptor.insert(Cash.COIN_500);
            acceptor.demand(200);
            acceptor.insert(Cash.COIN_50);
            acceptor.cancel();

            assertThat(events(journal, visit)).containsExactly(new JournalEntry.PaymentDue(visit, AT, 350),
                    new JournalEntry.CashInserted(visit, AT, 100), new JournalEntry.CashInserted(visit, AT, 500),
                    new JournalEntry.ChangeReturned(visit, AT, 250), new JournalEntry.PaymentDue(visit, AT, 200),
                    new JournalEntry.CashInserted(visit, AT, 50), new JournalEntry.PaymentCancelled(visit, AT, 50));
            assertThat(VisitLedger.of(journal.visit(visit)).unmatched()).isEqualTo(350);
        }
    }

    @Test
    void aReadyPrinterGetsOneReprintThenTheFeeIsRefunded() {
        VisitId visit = VisitId.random();
        DemoCashAcceptor acceptor = paidAcceptor(200);
        try (Journal journal = Journal.open(dir.resolve("j.db"), CLOCK)) {
            Settlement settlement = new Settlement(journal, acceptor, 1);

            SettlementDecision first = settlement.afterPrintFailure(visit, DOC, 200, "paper-jam", true);
            SettlementDecision second = settlement.afterPrintFailure(visit, DOC, 200, "paper-jam", true);

            assertThat(first).isEqualTo(new SettlementDecision.Reprint(DOC.value()));
            assertThat(second).isEqualTo(new SettlementDecision.Refund(200, true));
            assertThat(acceptor.state()).isEqualTo(new PaymentState.Refunded(200));
            assertThat(events(journal, visit)).containsExactly(
                    new JournalEntry.ReprintGranted(visit, AT, DOC, "paper-jam"),
                    new JournalEntry.RefundDue(visit, AT, 200, "paper-jam"), new JournalEntry.Refunded(visit, AT, 200));
        }
    }

    @Test
    void aPrinterThatIsNotReadyMeansARefundAndAFailedPayoutStaysDue() {
        VisitId visit = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("j.db"), CLOCK)) {
            SettlementDecision refunded = new Settlement(journal, paidAcceptor(300), 3)
                    .afterPrintFailure(visit, DOC, 300, "printer-gone", false);
            DemoCashAcceptor collecting = new DemoCashAcceptor();
            collecting.demand(100);
            SettlementDecision stuck = new Settlement(journal, collecting, 3).refund(visit, 300, "out-of-paper");

            assertThat(refunded).isEqualTo(new SettlementDecision.Refund(300, true));
            assertThat(stuck).isEqualTo(new SettlementDecision.Refund(300, false));
            VisitLedger ledger = VisitLedger.of(journal.visit(visit));
            assertThat(ledger.refundsDue()).isEqualTo(600);
            assertThat(ledger.refunded()).isEqualTo(300);
        }
    }

    private static DemoCashAcceptor paidAcceptor(int yen) {
        DemoCashAcceptor acceptor = new DemoCashAcceptor();
        acceptor.demand(yen);
        acceptor.insert(Cash.NOTE_1000);
        return acceptor;
    }

    private static List<JournalEntry> events(Journal journal, VisitId visit) {
        return journal.visit(visit).stream().map(JournalRecord::entry).toList();
    }
}
