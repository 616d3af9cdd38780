package jp.madoguchi.issuance.visit.simulate;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * One resident's seeded, scripted behaviour: the service they came for, right and wrong PINs, second thoughts,
 * walking away (time then runs to the timeout), and with faults a card pulled at a random moment or swapped.
 * Each move changes what the kiosk shows, so a resident that sees no change means a stuck kiosk.
 */
final class ScriptedResident {
    /**
     * Per move. About one visit in six is abandoned somewhere; only some of those end as timed out (a walk-away after
     * the documents printed still ends completed), and the simulation test needs a handful in 200 visits.
     */
    private static final double WALK_AWAY = 0.01;
    private final RandomGenerator random;
    private final SimulatedKiosk kiosk;
    private final boolean faults;
    private final Holder holder;
    private final Service service;
    private final OrderChoices order;
    private final Set<Class<?>> adjusted = new HashSet<>();
    private boolean walkedAway;

    ScriptedResident(RandomGenerator random, SimulatedKiosk kiosk, boolean faults) {
        this.random = random;
        this.kiosk = kiosk;
        this.faults = faults;
        this.holder = Visitors.holder(random);
        this.service = Visitors.service(random);
        this.order = new OrderChoices(random, kiosk, faults);
    }

    private String lastMove = "";

    /** For the report of a stuck visit: the last thing this resident did. */
    String lastMove() {
        return lastMove;
    }

    void actOn(VisitSnapshot snapshot) {
        VisitStep step = snapshot.step();
        if (walkedAway || (!(step instanceof Attract) && chance(WALK_AWAY))) {
            walkedAway = letTimePass();
        } else if (faults && snapshot.cardOnReader() && !(step instanceof Attract) && chance(0.04)) {
            takeCard();
        } else if (snapshot.visit().isPresent() && chance(0.005) && !(step instanceof Payment)) {
            act(new ResidentAction.Cancel());
        } else {
            lastMove = "a choice on " + step.id();
            if (!order.actOn(snapshot)) {
                card(snapshot, step);
            }
        }
    }

    private void card(VisitSnapshot snapshot, VisitStep step) {
        if (step instanceof Attract) {
            attract(snapshot);
        } else if (step instanceof PlaceCard) {
            lastMove = "placed the card of " + holder.id();
            kiosk.place(holder);
            if (faults && chance(0.08)) {
                lastMove += ", pulled during the read";
                kiosk.pullDuring(random.nextInt(40));
            }
        } else if (step instanceof WhoseCard whose) {
            // Mostly their own card, put down before choosing; now and then a stranger's, handed in.
            if (whose.notMine()) {
                takeCard();
            } else {
                act(new ResidentAction.CardOwner(chance(0.8)));
            }
        } else if (step instanceof ConfirmCancel) {
            act(chance(0.7) ? new ResidentAction.Cancel() : new ResidentAction.Back());
        } else if (step instanceof PinEntry) {
            act(new ResidentAction.EnterPin(chance(0.2) ? "0000".toCharArray() : holder.pins().chars(PinKind.AUTH)));
        } else if (step instanceof LastTryWarning) {
            act(chance(0.8) ? new ResidentAction.ConfirmLastTry() : new ResidentAction.Back());
        } else if (step instanceof RemoveCard && faults && adjusted.add(RemoveCard.class) && chance(0.3)) {
            letTimePass();
        } else if (step instanceof RemoveCard || (snapshot.cardOnReader() && leavesWithCard(step))) {
            takeCard();
        } else {
            finish(step);
        }
    }

    private void attract(VisitSnapshot snapshot) {
        if (snapshot.cardOnReader()) {
            takeCard();
        } else if (adjusted.add(Attract.class) && chance(0.2)) {
            // Another language than the one shown, so the choice changes the screen (back from help keeps one).
            Language shown = snapshot.language();
            Language other = new Language(chance(0.5) ? "en" : "vi");
            act(new ResidentAction.ChooseLanguage(other.equals(shown) ? Language.JAPANESE : other));
        } else {
            act(new ResidentAction.ChooseService(service));
        }
    }

    /** Screens where taking the card is how the resident leaves. */
    private static boolean leavesWithCard(VisitStep step) {
        return step instanceof CardProblem || step instanceof PinLocked || step instanceof Aborted
                || step instanceof CardCheckResult;
    }

    private void finish(VisitStep step) {
        if (step instanceof AccountInquiry inquiry && inquiry.printable() && adjusted.add(AccountInquiry.class)
                && chance(0.5)) {
            act(new ResidentAction.PrintStatement());
        } else if (step instanceof Help || step instanceof AccountInquiry) {
            act(new ResidentAction.Back());
        } else if ((step instanceof ThankYou || step instanceof Aborted || step instanceof TakeDocuments)
                && chance(0.3)) {
            letTimePass();
        } else if (step instanceof CardProblem || step instanceof PinLocked || step instanceof IssueFailed
                || step instanceof CardCheckResult || step instanceof TakeDocuments || step instanceof ThankYou
                || step instanceof Aborted) {
            act(new ResidentAction.Confirm());
        } else {
            letTimePass();
        }
    }

    private void takeCard() {
        lastMove = "took the card";
        kiosk.remove();
    }

    private boolean letTimePass() {
        lastMove = "let time pass";
        return kiosk.letTimePass();
    }

    private void act(ResidentAction action) {
        lastMove = action.toString();
        kiosk.runner().send(action);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
