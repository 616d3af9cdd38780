package jp.madoguchi.issuance.visit.step;

import java.util.Objects;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountStatement;

/**
 * ご利用履歴・残高照会, shown after the PIN and the card's removal: the identified resident's own statement in their
 * municipality. Back or confirm returns to the attract screen.
 */
public record AccountInquiry(MunicipalityCode municipality, AccountStatement statement) implements VisitStep {
    public AccountInquiry {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(statement, "statement");
    }
}
