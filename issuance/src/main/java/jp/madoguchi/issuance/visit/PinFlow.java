package jp.madoguchi.issuance.visit;

import java.util.Arrays;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.pin.Pin;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ForgotPin;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * The 利用者証明用 PIN: tries shown before entry, an explicit confirmation before the last try, the card's own
 * count after a wrong PIN, where to reset a forgotten PIN, and the unlock routes once locked. The PIN is checked for format here, so a malformed
 * one never reaches the card, and every PIN array is wiped by the card port or here.
 */
final class PinFlow implements Flow {
    private static final int DIGITS = PinKind.AUTH.minLength();
    private final VisitState state;
    private final IdentityCheck identity;

    PinFlow(VisitState state, IdentityCheck identity) {
        this.state = state;
        this.identity = identity;
    }

    void begin(CardFacts facts) {
        ask(facts.authTries().triesLeft(), PinNotice.NONE);
    }

    private void ask(int triesLeft, PinNotice notice) {
        if (triesLeft == 1) {
            state.go(new LastTryWarning(1, notice == PinNotice.WRONG_PIN));
        } else {
            state.go(new PinEntry(DIGITS, triesLeft, notice, false));
        }
    }

    @Override
    public void act(ResidentAction action) {
        VisitStep step = state.step();
        boolean back = action instanceof ResidentAction.Back;
        if (action instanceof ResidentAction.EnterPin entered) {
            if (step instanceof PinEntry entry) {
                submit(entry, entered.pin());
            } else {
                entered.wipe();
            }
        } else if (step instanceof LastTryWarning warning && action instanceof ResidentAction.ConfirmLastTry) {
            state.go(new PinEntry(DIGITS, warning.triesLeft(),
                    warning.afterWrongPin() ? PinNotice.WRONG_PIN : PinNotice.NONE, true));
        } else if ((step instanceof PinEntry || step instanceof LastTryWarning)
                && action instanceof ResidentAction.ForgotPin) {
            state.go(new ForgotPin(CardProblems.unlockRoutes(state.requireVisit().requireCard()), step));
        } else if (step instanceof ForgotPin forgot && back) {
            state.go(forgot.resume());
        } else if ((step instanceof PinEntry || step instanceof LastTryWarning) && back) {
            state.endToAttract(EndReason.CANCELLED);
        } else if (step instanceof PinLocked && (back || action instanceof ResidentAction.Confirm)) {
            state.endToAttract(EndReason.PIN_LOCKED);
        }
    }

    private void submit(PinEntry entry, char[] pin) {
        if (Pin.check(PinKind.AUTH, pin).isPresent()) {
            Arrays.fill(pin, '\0');
            state.go(new PinEntry(DIGITS, entry.triesLeft(), PinNotice.FORMAT, entry.lastTryConfirmed()));
            return;
        }
        state.go(new CheckingPin());
        state.deps().card().verifyPin(state.requestCard(), pin, entry.lastTryConfirmed());
    }

    @Override
    public void onCard(CardEvent event) {
        VisitStep step = state.step();
        if (event instanceof CardEvent.PinChecked checked && state.answers(checked.request())) {
            checked(checked.outcome());
        } else if (event instanceof CardEvent.Failed failed && state.answers(failed.request())) {
            state.abort(abortDuringCheck(failed.fault()));
        } else if (event instanceof CardEvent.Removed) {
            if (step instanceof PinLocked) {
                state.endToAttract(EndReason.PIN_LOCKED);
            } else if (step instanceof ForgotPin) {
                // Told to reset the PIN elsewhere, the resident takes the card: the expected way out.
                state.endToAttract(EndReason.CANCELLED);
            } else {
                state.abort(AbortReason.CARD_REMOVED);
            }
        }
    }

    /**
     * The PIN check failed on the way. Unless the card was pulled (which the resident did and sees), the VERIFY
     * may have reached the card and cost a try, and the resident is told so.
     */
    static AbortReason abortDuringCheck(CardFault fault) {
        return fault instanceof CardFault.CardRemoved ? AbortReason.CARD_REMOVED : AbortReason.PIN_UNCONFIRMED;
    }

    private void checked(PinOutcome outcome) {
        if (outcome instanceof PinOutcome.Verified verified) {
            identity.check(verified);
        } else if (outcome instanceof PinOutcome.Wrong wrong) {
            ask(wrong.triesLeft(), PinNotice.WRONG_PIN);
        } else if (outcome instanceof PinOutcome.ConfirmationRequired required) {
            state.go(new LastTryWarning(required.triesLeft(), false));
        } else if (outcome instanceof PinOutcome.TriesUnknown) {
            state.settle(EndReason.CARD_REFUSED, CardProblems.triesUnknown(state.cardPresent()));
        } else if (outcome instanceof PinOutcome.Unconfirmed unconfirmed) {
            CardProblem problem = CardProblems.unconfirmed(unconfirmed.now(), state.requireVisit().requireCard(),
                    state.cardPresent());
            state.settle(unconfirmed.now().blocked() ? EndReason.PIN_LOCKED : EndReason.PIN_UNCONFIRMED, problem);
        } else if (outcome instanceof PinOutcome.Blocked) {
            state.settle(EndReason.PIN_LOCKED, new PinLocked(
                    CardProblems.unlockRoutes(state.requireVisit().requireCard()), state.cardPresent()));
        } else {
            // The format is checked before sending, so only a port with a stricter notion of format gets here.
            state.go(new PinEntry(DIGITS, state.requireVisit().requireCard().authTries().triesLeft(),
                    PinNotice.FORMAT, false));
        }
    }
}
