package jp.madoguchi.issuance.visit;

import java.time.LocalDateTime;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.Hotlines;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * The attract screen, help, the question before a cancel wipes an order, and the screens after a visit ended.
 */
final class EntryFlow implements Flow {
    private final VisitState state;

    EntryFlow(VisitState state) {
        this.state = state;
    }

    @Override
    public void act(ResidentAction action) {
        VisitStep step = state.step();
        if (step instanceof Attract attract && action instanceof ResidentAction.ChooseService chosen
                && attract.services().contains(chosen.service())) {
            start(chosen.service());
        } else if (step instanceof Help
                && (action instanceof ResidentAction.Back || action instanceof ResidentAction.Confirm)) {
            state.endKeepingLanguage(EndReason.INFORMATION_SHOWN);
        } else if (step instanceof ConfirmCancel question && action instanceof ResidentAction.Back) {
            state.go(question.resume());
        } else if ((step instanceof ThankYou || step instanceof Aborted)
                && action instanceof ResidentAction.Confirm) {
            state.returnToAttract();
        }
    }

    /** Only the after-visit screens arm a timer: they return to the attract screen by themselves. */
    @Override
    public void onStepTimer() {
        state.returnToAttract();
    }

    private void start(Service service) {
        if (!state.begin(service)) {
            return;
        }
        switch (service) {
            case HELP -> state.settle(EndReason.INFORMATION_SHOWN, Hotlines.help(state.language(),
                    LocalDateTime.ofInstant(state.now(), Hotlines.JAPAN)));
            case CERTIFICATES, CARD_CHECK, ACCOUNT_INQUIRY -> {
                if (state.cardPresent()) {
                    // Perhaps the last resident's: nothing is read (or shown) before this one says it is theirs.
                    state.go(new WhoseCard(service, false));
                } else {
                    state.go(new PlaceCard(service));
                }
            }
        }
    }
}
