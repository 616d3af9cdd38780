package jp.madoguchi.issuance.visit;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * After the resident took their card, a card placed on the reader is checked: a different card (or something that
 * is not a My Number card) ends the visit, the same card is left alone. Once paid, the order is fulfilled
 * whatever lies on the reader, so printing is never interrupted.
 */
final class SwapGuard {
    private final VisitState state;

    SwapGuard(VisitState state) {
        this.state = state;
    }

    boolean guards(VisitStep step, CardEvent event) {
        boolean cardTaken = OrderStage.of(step).isPresent() || step instanceof Payment
                || step instanceof CardCheckResult result && !result.cardPresent();
        return cardTaken && (event instanceof CardEvent.Placed || event instanceof CardEvent.Fingerprinted
                || event instanceof CardEvent.Failed);
    }

    void onCard(CardEvent event) {
        if (event instanceof CardEvent.Placed) {
            state.deps().card().fingerprint(state.requestCard());
        } else if (event instanceof CardEvent.Fingerprinted print && state.answers(print.request())) {
            if (!print.fingerprint().equals(state.requireVisit().requireCard().fingerprint())) {
                state.abort(AbortReason.CARD_SWAPPED);
            }
        } else if (event instanceof CardEvent.Failed failed && state.answers(failed.request())
                && failed.fault() instanceof CardFault.NotMyNumberCard) {
            state.abort(AbortReason.CARD_SWAPPED);
        }
    }
}
