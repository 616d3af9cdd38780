package jp.madoguchi.issuance.visit;

import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.step.AccountInquiry;

/** The account inquiry's content, keyed by the verified card's salted serial and the identified resident. */
final class AccountLookup {
    private AccountLookup() {}

    static AccountInquiry inquiry(VisitState state) {
        Visit visit = state.requireVisit();
        SerialHash card = SerialHash.of(state.deps().settings().journalSalt(),
                visit.requireCard().authCertificate().getSerialNumber());
        Resident self = visit.requireRequester().self();
        return new AccountInquiry(self.address(),
                state.deps().accounts().statement(card, self.id(), self.address()));
    }
}
