package jp.madoguchi.issuance.visit;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.DocumentOrder;
import jp.madoguchi.issuance.visit.port.DocumentUnavailableException;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.PrintJob;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * Payment, rendering, printing and the reminder to take the documents. Money is never kept for nothing: a
 * payment that completes after the resident left the payment screen, or for a visit that has ended, is refunded,
 * and so is a paid order whose documents could not be issued.
 */
final class OutputFlow implements Flow {
    private final VisitState state;
    private final OrderScreens screens;

    OutputFlow(VisitState state, OrderScreens screens) {
        this.state = state;
        this.screens = screens;
    }

    void pay() {
        Visit visit = state.requireVisit();
        int amount = visit.order().amountDue();
        state.go(new Payment(amount));
        state.deps().payment().request(visit.id(), amount);
    }

    @Override
    public void act(ResidentAction action) {
        VisitStep step = state.step();
        boolean back = action instanceof ResidentAction.Back;
        boolean confirm = action instanceof ResidentAction.Confirm;
        if (step instanceof Payment && back) {
            state.deps().payment().cancel(state.requireVisit().id());
            showConfirm();
        } else if (step instanceof IssueFailed && (back || confirm)) {
            state.endToAttract(EndReason.ISSUE_FAILED);
        } else if (step instanceof TakeDocuments && confirm) {
            state.finish(EndReason.COMPLETED);
        }
    }

    @Override
    public void onStepTimer() {
        if (state.step() instanceof TakeDocuments take) {
            state.remind(take.remind());
        }
    }

    /** Called for every payment event, whatever the step: the journal and refunds must not miss any. */
    void onPayment(PaymentEvent event) {
        state.journal(new JournalEntry.PaymentRecorded(event.visit(), state.now(), event.status(),
                event.amountYen()));
        boolean waiting = state.step() instanceof Payment && sameVisit(event);
        switch (event.status()) {
            case PAID -> {
                if (waiting) {
                    paid(event.amountYen(), event.changeYen());
                } else {
                    state.deps().payment().refund(event.visit(), event.amountYen());
                }
            }
            case CANCELLED -> {
                if (waiting) {
                    showConfirm();
                }
            }
            case REFUNDED -> { }
            case FAILED -> {
                if (waiting) {
                    // Not refunded through the port: the device that would pay out is the one that failed, and
                    // the adapter has already recorded the money as owed.
                    state.settle(EndReason.ISSUE_FAILED, new IssueFailed(IssueProblem.PAYMENT_FAULT,
                            event.amountYen()));
                } else if (state.step() instanceof IssueFailed && sameVisit(event)) {
                    // The refund after a print failure could not be paid out: say the money is on record and
                    // where the slip is, instead of promising a refund that did not happen.
                    state.redraw(new IssueFailed(IssueProblem.PAYMENT_FAULT, event.amountYen()));
                }
            }
        }
    }

    private boolean sameVisit(PaymentEvent event) {
        return state.visit().map(visit -> visit.id().equals(event.visit())).orElse(false);
    }

    void onPrint(PrintEvent event) {
        Optional<Visit> visit = state.visit().filter(v -> v.id().equals(event.visit()));
        if (visit.isEmpty() || !(state.step() instanceof Printing)) {
            return;
        }
        if (event instanceof PrintEvent.Progress progress) {
            state.redraw(new Printing(progress.sheetsDone(), progress.sheetsTotal()));
            return;
        }
        Optional<PrintFailure> failure = event instanceof PrintEvent.Failed failed
                ? Optional.of(failed.reason()) : Optional.empty();
        state.journal(new JournalEntry.PrintFinished(event.visit(), state.now(), failure));
        state.deps().documents().discard(event.visit());
        if (failure.isPresent()) {
            issueFailed(failure.get().problem());
        } else {
            Order order = visit.get().order();
            state.update(v -> v.withOutcome(EndReason.COMPLETED));
            // A receipt follows the certificates whenever money was taken (the kiosk's printing adapter prints it).
            state.go(new TakeDocuments(order.documents().size(), order.paidYen() > 0, order.changeYen(), false),
                    state.deps().settings().takeDocumentsReminder());
        }
    }

    private void paid(int amountYen, int changeYen) {
        state.update(visit -> visit.withOrder(visit.order().withPaid(amountYen, changeYen)));
        Visit visit = state.requireVisit();
        Order order = visit.order();
        state.go(new Printing(0, 0));
        try {
            List<DocumentNumber> documents = state.deps().documents().render(new DocumentOrder(visit.id(),
                    state.now(), order.requireMunicipality().code(), order.requireItem().certificate(),
                    visit.requireRequester().self().id(), order.subjects().refs(), order.subjects().wholeHousehold(),
                    order.options(), order.copies()));
            state.journal(new JournalEntry.DocumentsIssued(visit.id(), state.now(), documents));
            state.update(v -> v.withOrder(v.order().withDocuments(documents)));
            state.redraw(new Printing(0, documents.size()));
            state.deps().printer().submit(new PrintJob(visit.id(), documents));
        } catch (DocumentUnavailableException e) {
            issueFailed(IssueProblem.DOCUMENT_UNAVAILABLE);
        }
    }

    private void issueFailed(IssueProblem problem) {
        Visit visit = state.requireVisit();
        int paid = visit.order().paidYen();
        state.deps().payment().refund(visit.id(), paid);
        state.settle(EndReason.ISSUE_FAILED, new IssueFailed(problem, paid));
    }

    private void showConfirm() {
        state.go(screens.screen(OrderStage.CONFIRM, state.requireVisit()));
    }
}
