package jp.madoguchi.issuance.visit;

import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * The attract screen, help and the screens after a visit ended.
 */
final class EntryFlow implements Flow {
    private final VisitState state;
    private final CardFlow card;

    EntryFlow(VisitState state, CardFlow card) {
        this.state = state;
        this.card = card;
    }

    @Override
    public void act(ResidentAction action) {
        VisitStep step = state.step();
        if (step instanceof Attract attract && action instanceof ResidentAction.ChooseService chosen
                && attract.services().contains(chosen.service())) {
            start(chosen.service());
        } else if (step instanceof Help
                && (action instanceof ResidentAction.Back || action instanceof ResidentAction.Confirm)) {
            state.endToAttract(EndReason.INFORMATION_SHOWN);
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
            case HELP -> state.settle(EndReason.INFORMATION_SHOWN, Help.standard());
            case CERTIFICATES, CARD_CHECK, ACCOUNT_INQUIRY -> {
                if (state.cardPresent()) {
                    card.startReading();
                } else {
                    state.go(new PlaceCard(service));
                }
            }
        }
    }
}
