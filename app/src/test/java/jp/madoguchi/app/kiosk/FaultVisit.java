package jp.madoguchi.app.kiosk;

import static jp.madoguchi.app.kiosk.VisitDriver.await;
import static jp.madoguchi.app.kiosk.VisitDriver.awaitStep;

import java.time.Duration;
import java.util.Set;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitRunner;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * The resident of the fault matrix: takes a 住民票 visit to a {@link FaultStage}, and after the fault finishes what
 * is left of it as a resident would (takes the card and the paper, gives up where the kiosk waits for them). The
 * card goes on and off the reader through a {@link Hand}: the test's own vpcd card, or the parent's when the kiosk
 * runs in a process of its own.
 */
final class FaultVisit {
    private static final Set<String> GIVE_UP = Set.of("place-card", "pin-entry", "choose-municipality",
            "choose-certificate", "choose-options", "choose-subjects", "choose-copies", "confirm", "payment",
            "last-try-warning");
    private static final Set<String> ACKNOWLEDGE = Set.of("take-documents", "thank-you", "aborted", "card-problem",
            "issue-failed", "pin-locked", "card-check-result");

    /** Puts the resident's card on the reader and takes it off. */
    interface Hand {
        void place() throws Exception;

        void pull() throws Exception;
    }

    private FaultVisit() {}

    /** From the attract screen to {@code stage}; returns the visit. */
    static VisitId reach(VisitRunner visits, FaultStage stage, Hand hand) throws Exception {
        visits.send(new ResidentAction.ChooseService(Service.CERTIFICATES));
        await(visits, "place-card");
        VisitId visit = new VisitId(visits.current().visit().orElseThrow().value());
        if (stage == FaultStage.PLACE_CARD) {
            return visit;
        }
        hand.place();
        await(visits, "pin-entry");
        if (stage == FaultStage.PIN_ENTRY) {
            return visit;
        }
        visits.send(new ResidentAction.EnterPin("1234".toCharArray()));
        await(visits, "remove-card");
        hand.pull();
        await(visits, "choose-municipality");
        if (stage == FaultStage.ORDER) {
            return visit;
        }
        VisitDriver.orderResidentRecord(visits);
        if (stage != FaultStage.PAYMENT) {
            awaitStep(visits, stage.step::equals);
        }
        return visit;
    }

    /** Until no visit is open: the card taken off, paper taken, a waiting screen given up. */
    static void finish(VisitRunner visits, Hand hand, boolean cardOn) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        boolean onReader = cardOn;
        while (visits.current().visit().isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the visit did not end, still on " + visits.current().step());
            }
            String step = visits.current().step().id();
            if (onReader && !step.equals("reading-card") && !step.equals("checking-pin")) {
                hand.pull();
                onReader = false;
            } else if (ACKNOWLEDGE.contains(step)) {
                visits.send(new ResidentAction.Confirm());
            } else if (GIVE_UP.contains(step)) {
                visits.send(new ResidentAction.Cancel());
            }
            Thread.sleep(300);
        }
        if (onReader) {
            hand.pull(); // the visit ended by itself (the reader gone, say): the resident still takes the card
        }
    }
}
