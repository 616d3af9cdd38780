package jp.madoguchi.app.kiosk.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import jp.madoguchi.app.output.DocumentNumber;
import jp.madoguchi.app.output.VisitId;
import jp.madoguchi.app.output.journal.EndReason;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalEvent;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.port.SerialHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalAccountsTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse(Samples.HARIMA);
    /** 2026-11-20 23:30 UTC is already the 21st in Japan. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);
    private static final SerialHash MINE = SerialHash.of("salt", BigInteger.valueOf(0x010203));
    private static final SerialHash OTHER = SerialHash.of("salt", BigInteger.valueOf(0x090909));

    @TempDir
    Path dir;

    @Test
    void theStatementHasThisCardsVisitsHereTheRefundOwedAndTheSampleBalance() {
        AccountStatement mine;
        AccountStatement other;
        try (Journal journal = Journal.open(dir.resolve("journal.db"), LATE)) {
            visit(journal, MINE, Samples.HARIMA, "juminhyo", 200, true);
            visit(journal, MINE, Samples.HARIMA, "koseki-zenbu", 450, false);
            visit(journal, OTHER, Samples.HARIMA, "inkan-toroku", 200, true);
            visit(journal, MINE, Samples.CHITOSE, "nozei", 300, true);
            JournalAccounts accounts = new JournalAccounts(journal, SampleBalances.load());
            mine = accounts.statement(MINE, "default", HARIMA);
            other = accounts.statement(OTHER, "default-spouse", HARIMA);
        }

        LocalDate japanDay = LocalDate.of(2026, 11, 21);
        assertThat(mine.visits()).containsExactly(
                new AccountVisit(japanDay, List.of("juminhyo"), 200, 0),
                new AccountVisit(japanDay, List.of(), 0, 450));
        assertThat(mine.refundsDueYen()).isEqualTo(450);
        assertThat(mine.balanceYen()).isEqualTo(300);
        assertThat(other.visits()).containsExactly(new AccountVisit(japanDay, List.of("inkan-toroku"), 200, 0));
        assertThat(other.balanceYen()).isZero();
    }

    @Test
    void theSampleBalanceIsOnlyForTheDefaultResidentInHarima() {
        SampleBalances balances = SampleBalances.load();
        assertThat(balances.owedTo("default", HARIMA)).isEqualTo(300);
        assertThat(balances.owedTo("default", MunicipalityCode.parse(Samples.CHITOSE))).isZero();
        assertThat(balances.owedTo("minor", HARIMA)).isZero();
    }

    private static void visit(Journal journal, SerialHash card, String municipality, String certificate, int fee,
            boolean printed) {
        VisitId visit = VisitId.random();
        String number = DocumentNumber.next(MunicipalityCode.parse(municipality), LocalDate.of(2026, 11, 21))
                .value();
        journal.record(visit, new JournalEvent.VisitStarted("test-kiosk"));
        journal.record(visit, new JournalEvent.CardIdentified(card.hex()));
        journal.record(visit, new JournalEvent.ServiceChosen(municipality, certificate, 1));
        journal.record(visit, new JournalEvent.CashInserted(fee));
        journal.record(visit, new JournalEvent.DocumentIssued(number, certificate, fee));
        journal.record(visit, new JournalEvent.PrintFinished(number, printed, printed ? "" : "out-of-paper"));
        if (!printed) {
            journal.record(visit, new JournalEvent.RefundDue(fee, "out-of-paper"));
        }
        journal.record(visit, EndReason.COMPLETED.event());
    }
}
