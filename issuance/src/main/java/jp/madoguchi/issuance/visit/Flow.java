package jp.madoguchi.issuance.visit;

import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * The transitions out of a group of steps. The machine hands each input to the flow of the current step (its
 * {@link StepTable.Route}); inputs a flow does not handle are ignored, which is how late taps and stale events are made
 * harmless.
 */
interface Flow {
    default void act(ResidentAction action) {}

    default void onCard(CardEvent event) {}

    /** The timer the current step armed ({@link VisitState#go(VisitStep, java.time.Duration)}) has run out. */
    default void onStepTimer() {}
}
