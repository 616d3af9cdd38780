package jp.madoguchi.issuance.visit;

import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.port.StatementOrder;
import jp.madoguchi.issuance.visit.step.AccountInquiry;

/**
 * The account inquiry's content and its printed statement, both keyed by the verified card's keyed serial hash and the
 * identified resident, so the paper can only say what the screen said.
 */
final class AccountLookup {
    private AccountLookup() {}

    static AccountInquiry inquiry(VisitState state) {
        Resident self = state.requireVisit().requireRequester().self();
        return new AccountInquiry(self.address(),
                state.deps().accounts().statement(card(state), self.id(), self.address()));
    }

    static StatementOrder statementOrder(VisitState state) {
        Visit visit = state.requireVisit();
        Resident self = visit.requireRequester().self();
        return new StatementOrder(visit.id(), state.now(), self.address(), self.id(), card(state));
    }

    private static SerialHash card(VisitState state) {
        return state.deps().settings().serialKey()
                .hash(state.requireVisit().requireCard().authCertificate().getSerialNumber());
    }
}
