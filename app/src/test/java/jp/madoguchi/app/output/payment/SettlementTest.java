package jp.madoguchi.app.output.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.madoguchi.app.output.VisitId;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalEvent;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlementTest {
    private static final String DOC = "284645-20261121-K7Q2M9X4TB";

    @TempDir
    Path dir;

    @Test
    void paymentMovementsAreJournaledAsTheyHappen() {
        VisitId visit = VisitId.random();
        DemoCashAcceptor acceptor = new DemoCashAcceptor();
        try (Journal journal = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            acceptor.addListener(new PaymentRecorder(journal, visit));
            acceptor.demand(350);
            acceptor.insert(Cash.COIN_100);
            acceptor.insert(Cash.COIN_500);
            acceptor.demand(200);
            acceptor.insert(Cash.COIN_50);
            acceptor.cancel();

            assertThat(events(journal, visit)).containsExactly(new JournalEvent.PaymentDue(350),
                    new JournalEvent.CashInserted(100), new JournalEvent.CashInserted(500),
                    new JournalEvent.ChangeReturned(250), new JournalEvent.PaymentDue(200),
                    new JournalEvent.CashInserted(50), new JournalEvent.PaymentCancelled(50));
            assertThat(VisitLedger.of(journal.visit(visit)).unmatched()).isEqualTo(350);
        }
    }

    @Test
    void aReadyPrinterGetsOneReprintThenTheFeeIsRefunded() {
        VisitId visit = VisitId.random();
        DemoCashAcceptor acceptor = paidAcceptor(200);
        try (Journal journal = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
            Settlement settlement = new Settlement(journal, acceptor, 1);

            SettlementDecision first = settlement.afterPrintFailure(visit, DOC, 200, "paper-jam", true);
            SettlementDecision second = settlement.afterPrintFailure(visit, DOC, 200, "paper-jam", true);

            assertThat(first).isEqualTo(new SettlementDecision.Reprint(DOC));
            assertThat(second).isEqualTo(new SettlementDecision.Refund(200, true));
            assertThat(acceptor.state()).isEqualTo(new PaymentState.Refunded(200));
            assertThat(events(journal, visit)).containsExactly(new JournalEvent.ReprintGranted(DOC, "paper-jam"),
                    new JournalEvent.RefundDue(200, "paper-jam"), new JournalEvent.Refunded(200));
        }
    }

    @Test
    void aPrinterThatIsNotReadyMeansARefundAndAFailedPayoutStaysDue() {
        VisitId visit = VisitId.random();
        try (Journal journal = Journal.open(dir.resolve("j.db"), Clock.systemUTC())) {
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

    private static List<JournalEvent> events(Journal journal, VisitId visit) {
        return journal.visit(visit).stream().map(JournalRecord::event).toList();
    }
}
