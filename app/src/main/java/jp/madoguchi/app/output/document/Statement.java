package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.util.Objects;
import jp.madoguchi.issuance.rules.Municipality;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * ご利用履歴・残高照会 as printed: the same {@link AccountStatement} the inquiry screen showed (the card's own visits in
 * one municipality and the municipal balance), when, and the sheet's number. Not a certificate.
 */
public record Statement(Municipality municipality, Instant at, DocumentNumber number, AccountStatement account) {
    public Statement {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(account, "account");
    }

    /** Fees of the sheets that were printed. */
    public int totalFees() {
        return account.visits().stream().mapToInt(AccountVisit::feeYen).sum();
    }

    /** Everything owed to the resident: refunds for sheets not printed, and the municipal balance. */
    public int totalOwed() {
        return account.refundsDueYen() + account.balanceYen();
    }
}
