package jp.madoguchi.app.kiosk.output;

import java.time.ZoneId;
import java.util.List;
import jp.madoguchi.app.output.journal.AccountHistory;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountPort;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.port.SerialHash;

/**
 * The account inquiry from this kiosk's SQLite journal ({@link AccountHistory}, by the card's keyed serial hash
 * as the visit journaled it) and the municipal balance from {@link SampleBalances}. Dates are Japan's days.
 */
final class JournalAccounts implements AccountPort {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private final Journal journal;
    private final SampleBalances balances;

    JournalAccounts(Journal journal, SampleBalances balances) {
        this.journal = journal;
        this.balances = balances;
    }

    @Override
    public AccountStatement statement(SerialHash card, String residentId, MunicipalityCode municipality) {
        List<AccountVisit> visits = AccountHistory.of(journal, card.hex(), municipality.value()).stream()
                .map(v -> new AccountVisit(v.started().atZone(JAPAN).toLocalDate(), v.printedCertificates(),
                        v.printedFees(), v.refundOutstanding()))
                .toList();
        return new AccountStatement(visits, balances.owedTo(residentId, municipality));
    }
}
