package jp.madoguchi.app.kiosk.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.port.SerialKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalAccountsTest {
    private static final MunicipalityCode HARIMA = MunicipalityCode.parse(Samples.HARIMA);
    /** 2026-11-20 23:30 UTC is already the 21st in Japan. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);
    private static final SerialHash MINE = SerialKey.fromText("journal-accounts-test-key").hash(BigInteger.valueOf(0x010203));
    private static final SerialHash OTHER = SerialKey.fromText("journal-accounts-test-key").hash(BigInteger.valueOf(0x090909));

    @TempDir
    Path dir;

    @Test
    void theStatementHasThisCardsVisitsHereTheRefundOwedAndTheSampleBalance() {
        AccountStatement mine;
        AccountStatement other;
        try (Journal journal = Journal.open(dir.resolve("journal.db"), LATE)) {
            PastVisits.record(journal, MINE, MunicipalityCode.parse(Samples.HARIMA), "juminhyo", 200, true);
            PastVisits.record(journal, MINE, MunicipalityCode.parse(Samples.HARIMA), "koseki-zenbu", 450, false);
            PastVisits.record(journal, OTHER, MunicipalityCode.parse(Samples.HARIMA), "inkan-toroku", 200, true);
            PastVisits.record(journal, MINE, MunicipalityCode.parse(Samples.CHITOSE), "nozei", 300, true);
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
}
