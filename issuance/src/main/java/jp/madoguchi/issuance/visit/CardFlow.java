package jp.madoguchi.issuance.visit;

import java.time.Instant;
import jp.madoguchi.card.cert.ChainResult;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * From placing the card to taking it again: asking whose a card already on the reader is, reading, refusing unusable
 * cards, the card check result, and the remove-card step that lets the visit continue only once the card is gone.
 */
final class CardFlow implements Flow {
    private final VisitState state;
    private final PinFlow pin;
    private final OrderFlow order;

    CardFlow(VisitState state, PinFlow pin, OrderFlow order) {
        this.state = state;
        this.pin = pin;
        this.order = order;
    }

    void startReading() {
        state.go(new ReadingCard(0));
        state.deps().card().read(state.requestCard());
    }

    @Override
    public void act(ResidentAction action) {
        VisitStep step = state.step();
        boolean back = action instanceof ResidentAction.Back;
        boolean confirm = action instanceof ResidentAction.Confirm;
        if (step instanceof PlaceCard && back) {
            state.endToAttract(EndReason.CANCELLED);
        } else if (step instanceof WhoseCard question && !question.notMine()
                && action instanceof ResidentAction.CardOwner owner) {
            if (owner.mine()) {
                startReading();
            } else {
                state.go(new WhoseCard(question.service(), true));
            }
        } else if (step instanceof CardProblem && (back || confirm)) {
            state.endToAttract(EndReason.CARD_REFUSED);
        } else if (step instanceof CardCheckResult result && confirm && result.cardPresent()) {
            state.go(new RemoveCard(false), state.deps().settings().removeCardReminder());
        } else if (step instanceof CardCheckResult && (back || confirm)) {
            state.finish(EndReason.CARD_CHECKED);
        }
    }

    @Override
    public void onCard(CardEvent event) {
        VisitStep step = state.step();
        if (event instanceof CardEvent.Placed && step instanceof PlaceCard) {
            startReading();
        } else if (event instanceof CardEvent.Progress progress && step instanceof ReadingCard
                && state.isPending(progress.request())) {
            state.redraw(new ReadingCard(Math.max(0, Math.min(100, progress.percent()))));
        } else if (event instanceof CardEvent.Read read && state.answers(read.request())) {
            read(read.facts());
        } else if (event instanceof CardEvent.Failed failed && state.answers(failed.request())) {
            failed(failed.fault());
        } else if (event instanceof CardEvent.Removed) {
            removed(step);
        }
    }

    @Override
    public void onStepTimer() {
        if (state.step() instanceof RemoveCard) {
            state.remind(new RemoveCard(true));
        }
    }

    private void read(CardFacts facts) {
        Instant now = state.now();
        ChainResult chain = state.deps().chain().verify(facts.authCertificate(), now);
        if (state.requireVisit().service() == Service.CARD_CHECK) {
            // Kept for the swap guard: a card placed after this one was taken is told apart from it.
            state.update(visit -> visit.withCard(facts));
            state.settle(EndReason.CARD_CHECKED, CardCheck.result(facts, chain, now, state.cardPresent()));
            return;
        }
        // Expired, revoked or locked cards are refused before the PIN, so no try is spent on them.
        CardProblem problem = CardProblems.ofChain(chain, facts.authCertificate(), state.cardPresent())
                .orElseGet(() -> beforePin(facts));
        if (problem != null) {
            showProblem(problem);
        } else {
            state.update(visit -> visit.withCard(facts));
            pin.begin(facts);
        }
    }

    /** A locked PIN, or one whose tries the card will not tell, is refused before the PIN pad opens. */
    private CardProblem beforePin(CardFacts facts) {
        if (!facts.authTries().reported()) {
            return CardProblems.triesUnknown(state.cardPresent());
        }
        return facts.authTries().blocked() ? CardProblems.alreadyLocked(facts, state.cardPresent()) : null;
    }

    private void failed(CardFault fault) {
        if (fault instanceof CardFault.NotMyNumberCard refused) {
            showProblem(CardProblems.refused(refused, state.cardPresent()));
        } else {
            state.abort(CardProblems.abortFor(fault));
        }
    }

    void showProblem(CardProblem problem) {
        state.settle(Outcomes.of(problem.kind()), problem);
    }

    private void removed(VisitStep step) {
        if (step instanceof WhoseCard question) {
            state.go(new PlaceCard(question.service()));
        } else if (step instanceof ReadingCard) {
            state.abort(AbortReason.CARD_REMOVED);
        } else if (step instanceof CardProblem) {
            state.endToAttract(EndReason.CARD_REFUSED);
        } else if (step instanceof CardCheckResult result) {
            state.redraw(result.withCardPresent(false));
        } else if (step instanceof RemoveCard) {
            cardTaken();
        }
    }

    private void cardTaken() {
        Service service = state.requireVisit().service();
        if (service == Service.CARD_CHECK) {
            state.finish(EndReason.CARD_CHECKED);
        } else if (service == Service.ACCOUNT_INQUIRY) {
            state.settle(EndReason.INFORMATION_SHOWN, AccountLookup.inquiry(state));
        } else {
            order.begin();
        }
    }
}
