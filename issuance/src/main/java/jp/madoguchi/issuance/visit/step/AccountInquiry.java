package jp.madoguchi.issuance.visit.step;

import java.util.Objects;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountStatement;

/**
 * ご利用履歴・残高照会, shown after the PIN and the card's removal: the identified resident's own statement in their
 * municipality, which they may print once ({@code print} says how that went). Back or confirm returns to the
 * attract screen.
 */
public record AccountInquiry(MunicipalityCode municipality, AccountStatement statement, StatementPrint print)
        implements VisitStep {
    public AccountInquiry {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(print, "print");
    }

    public AccountInquiry(MunicipalityCode municipality, AccountStatement statement) {
        this(municipality, statement, StatementPrint.NOT_PRINTED);
    }

    public AccountInquiry withPrint(StatementPrint outcome) {
        return new AccountInquiry(municipality, statement, outcome);
    }

    /** The print button is offered until one copy has come out. */
    public boolean printable() {
        return !(print instanceof StatementPrint.Printed);
    }
}
