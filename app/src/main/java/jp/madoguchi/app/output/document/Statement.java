package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.util.List;
import jp.madoguchi.app.output.journal.AccountHistory;
import jp.madoguchi.issuance.rules.Municipality;

/** ご利用履歴・残高照会: the resident's own visits in one municipality, from the journal. Not a certificate. */
public record Statement(Municipality municipality, Instant at, List<AccountHistory.VisitSummary> visits) {
    public Statement {
        visits = List.copyOf(visits);
    }

    public int totalFees() {
        return visits.stream().mapToInt(AccountHistory.VisitSummary::printedFees).sum();
    }

    public int refundOutstanding() {
        return visits.stream().mapToInt(AccountHistory.VisitSummary::refundOutstanding).sum();
    }
}
