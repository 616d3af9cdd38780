package jp.madoguchi.issuance.visit;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * After the resident took their card, a card placed on the reader is checked: a different card (or something that
 * is not a My Number card) ends the visit, the same card is left alone. Once paid, the order is fulfilled
 * whatever lies on the reader, so printing is never interrupted; a check still under way then just ends.
 */
final class SwapGuard {
    private final VisitState state;

    SwapGuard(VisitState state) {
        this.state = state;
    }

    boolean guards(VisitStep step, CardEvent event) {
        if (!cardTaken(step)) {
            return false;
        }
        return event instanceof CardEvent.Placed || event instanceof CardEvent.Fingerprinted
                || event instanceof CardEvent.Failed;
    }

    void onCard(CardEvent event) {
        boolean checking = beforePayment(state.step());
        if (event instanceof CardEvent.Placed && checking) {
            state.deps().card().fingerprint(state.requestCard());
        } else if (event instanceof CardEvent.Fingerprinted print && state.answers(print.request()) && checking
                && !print.fingerprint().equals(state.requireVisit().requireCard().fingerprint())) {
            state.abort(AbortReason.CARD_SWAPPED);
        } else if (event instanceof CardEvent.Failed failed && state.answers(failed.request()) && checking
                && failed.fault() instanceof CardFault.NotMyNumberCard) {
            state.abort(AbortReason.CARD_SWAPPED);
        }
    }

    /** The resident's card has left the reader for good in this visit. */
    private static boolean cardTaken(VisitStep step) {
        return StepTable.has(step, StepTable.Trait.CARD_TAKEN);
    }

    /** Where a stranger's card still ends the visit. */
    private static boolean beforePayment(VisitStep step) {
        return StepTable.has(step, StepTable.Trait.BEFORE_PAYMENT);
    }
}
