package jp.madoguchi.issuance.visit;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.DocumentUnavailableException;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.PrintJob;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.StatementPrint;

/**
 * The account inquiry's screen and printing its statement: rendered by the document port, printed as a one-document
 * job through the same guarded printer as certificates, then back to the screen with the outcome. The rendered
 * statement is discarded as soon as the printer has answered.
 */
final class AccountFlow implements Flow {
    private final VisitState state;

    AccountFlow(VisitState state) {
        this.state = state;
    }

    @Override
    public void act(ResidentAction action) {
        if (!(state.step() instanceof AccountInquiry inquiry)) {
            return;
        }
        if (action instanceof ResidentAction.Back || action instanceof ResidentAction.Confirm) {
            state.endToAttract(EndReason.INFORMATION_SHOWN);
        } else if (action instanceof ResidentAction.PrintStatement && inquiry.printable()) {
            print(inquiry);
        }
    }

    private void print(AccountInquiry inquiry) {
        Visit visit = state.requireVisit();
        try {
            DocumentNumber number = state.deps().documents().renderStatement(AccountLookup.statementOrder(state));
            state.journal(new JournalEntry.StatementIssued(visit.id(), state.now(), number));
            state.go(new PrintingStatement(inquiry));
            state.deps().printer().submit(new PrintJob(visit.id(), List.of(number)));
        } catch (DocumentUnavailableException e) {
            state.go(inquiry.withPrint(new StatementPrint.Failed(IssueProblem.DOCUMENT_UNAVAILABLE)));
        }
    }

    /** The printer's answer for this visit's statement; progress needs no redraw for a single sheet. */
    void onPrint(PrintEvent event) {
        boolean ours = state.visit().map(visit -> visit.id().equals(event.visit())).orElse(false);
        if (!ours || !(state.step() instanceof PrintingStatement printing)
                || event instanceof PrintEvent.Progress) {
            return;
        }
        Optional<PrintFailure> failure = event instanceof PrintEvent.Failed failed
                ? Optional.of(failed.reason()) : Optional.empty();
        state.journal(new JournalEntry.PrintFinished(event.visit(), state.now(), failure));
        StatementPrint outcome = failure.<StatementPrint>map(reason ->
                new StatementPrint.Failed(reason.problem())).orElse(StatementPrint.PRINTED);
        state.deps().documents().discard(event.visit());
        state.go(printing.inquiry().withPrint(outcome));
    }
}
