package jp.madoguchi.issuance.visit;

import static jp.madoguchi.issuance.visit.StepTable.Route.ACCOUNT;
import static jp.madoguchi.issuance.visit.StepTable.Route.CARD;
import static jp.madoguchi.issuance.visit.StepTable.Route.ENTRY;
import static jp.madoguchi.issuance.visit.StepTable.Route.ORDER;
import static jp.madoguchi.issuance.visit.StepTable.Route.OUTPUT;
import static jp.madoguchi.issuance.visit.StepTable.Route.PIN;
import static jp.madoguchi.issuance.visit.StepTable.Trait.BEFORE_PAYMENT;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CANCEL_ASKS;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CANCEL_IGNORED;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CANCEL_RETURNS_HOME;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CARD_TAKEN;
import static jp.madoguchi.issuance.visit.StepTable.Trait.NEEDS_READER;
import static jp.madoguchi.issuance.visit.StepTable.Trait.NO_HELP;
import static jp.madoguchi.issuance.visit.StepTable.Trait.NO_IDLE_TIMEOUT;
import static jp.madoguchi.issuance.visit.StepTable.Trait.OUTLASTS_OUTAGE;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;
import jp.madoguchi.issuance.visit.step.ForgotPin;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * Every step's place in the machine, in one table keyed by step type (as the UI's {@code StepViews} keys its views):
 * the flow that handles it, its order stage if it is an order screen, and the traits the machine and the swap guard
 * act on. A new step is its type plus one row here; {@code StepTableTest} fails for a step without one.
 */
final class StepTable {
    /** The flow that takes the resident's actions and the card's events on a step. */
    enum Route { ENTRY, CARD, PIN, ORDER, OUTPUT, ACCOUNT }

    /** What the machine needs to know about a step besides its flow. */
    enum Trait {
        /** Waits for, reads or talks to the card: the reader going away aborts the visit. */
        NEEDS_READER,
        /** Busy with the card or the printer, or a screen that ends by itself: no idle warning. */
        NO_IDLE_TIMEOUT,
        /** Cancel does nothing: there is no visit yet, or paper is being printed and must be finished. */
        CANCEL_IGNORED,
        /** Cancel only returns to the start: the visit is over already. */
        CANCEL_RETURNS_HOME,
        /** The resident's card has left the reader for good: a card placed now is checked. */
        CARD_TAKEN,
        /** Before payment a different card still ends the visit; once paid the order is fulfilled regardless. */
        BEFORE_PAYMENT,
        /**
         * The kiosk going out of service lets this step finish: money was taken and paper is due (or a refund is
         * being shown), or the visit is already over. Every other step with a visit ends it at once.
         */
        OUTLASTS_OUTAGE,
        /** Cancel first asks (ConfirmCancel): the PIN was given and the order is under way, one tap must not wipe it. */
        CANCEL_ASKS,
        /**
         * No help key: the screen goes on by itself in a moment (reading, checking, printing, the end screens), is
         * help itself, or already offers help as a service (the start screen).
         */
        NO_HELP
    }

    /** {@code traits} may look at the step itself: a card check result is taken only once the card is gone. */
    private record Row(Route route, Optional<OrderStage> stage, Function<VisitStep, Set<Trait>> traits) {}

    private static final Map<Class<? extends VisitStep>, Row> ROWS = Map.ofEntries(
            row(Attract.class, ENTRY, NO_IDLE_TIMEOUT, CANCEL_IGNORED, NO_HELP),
            row(Help.class, ENTRY, NO_HELP),
            row(OutOfService.class, ENTRY, NO_IDLE_TIMEOUT, CANCEL_IGNORED),
            row(ThankYou.class, ENTRY, NO_IDLE_TIMEOUT, CANCEL_RETURNS_HOME, OUTLASTS_OUTAGE, NO_HELP),
            row(Aborted.class, ENTRY, NO_IDLE_TIMEOUT, CANCEL_RETURNS_HOME, OUTLASTS_OUTAGE, NO_HELP),
            // Over an order screen: the card and payment traits of the screen it returns to.
            Map.entry(ConfirmCancel.class, new Row(ENTRY, Optional.empty(), step -> asking(((ConfirmCancel) step)
                    .resume()))),
            row(PlaceCard.class, CARD, NEEDS_READER),
            row(WhoseCard.class, CARD, NEEDS_READER),
            row(ReadingCard.class, CARD, NEEDS_READER, NO_IDLE_TIMEOUT, NO_HELP),
            row(CardProblem.class, CARD),
            Map.entry(CardCheckResult.class, new Row(CARD, Optional.empty(), step -> ((CardCheckResult) step)
                    .cardPresent() ? EnumSet.noneOf(Trait.class) : EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT))),
            row(RemoveCard.class, CARD, NEEDS_READER),
            row(PinEntry.class, PIN, NEEDS_READER),
            row(LastTryWarning.class, PIN, NEEDS_READER),
            row(ForgotPin.class, PIN, NEEDS_READER),
            row(CheckingPin.class, PIN, NEEDS_READER, NO_IDLE_TIMEOUT, NO_HELP),
            row(PinLocked.class, PIN),
            order(ChooseMunicipality.class, OrderStage.MUNICIPALITY),
            order(ChooseCertificate.class, OrderStage.CERTIFICATE),
            order(ChooseOptions.class, OrderStage.OPTIONS),
            order(ChooseSubjects.class, OrderStage.SUBJECTS),
            order(ChooseCopies.class, OrderStage.COPIES),
            order(Confirm.class, OrderStage.CONFIRM),
            row(Payment.class, OUTPUT, CARD_TAKEN, BEFORE_PAYMENT),
            row(Printing.class, OUTPUT, NO_IDLE_TIMEOUT, CANCEL_IGNORED, CARD_TAKEN, OUTLASTS_OUTAGE, NO_HELP),
            row(IssueFailed.class, OUTPUT, CARD_TAKEN, OUTLASTS_OUTAGE),
            row(TakeDocuments.class, OUTPUT, CARD_TAKEN, OUTLASTS_OUTAGE),
            row(AccountInquiry.class, ACCOUNT, CANCEL_ASKS),
            row(PrintingStatement.class, ACCOUNT, NO_IDLE_TIMEOUT, CANCEL_IGNORED, OUTLASTS_OUTAGE, NO_HELP));

    private StepTable() {}

    static Route route(VisitStep step) {
        return row(step).route();
    }

    static Optional<OrderStage> stage(VisitStep step) {
        return row(step).stage();
    }

    static boolean has(VisitStep step, Trait trait) {
        return row(step).traits().apply(step).contains(trait);
    }

    /** True when every step type has a row (checked by {@code StepTableTest} against the sealed interface). */
    static boolean covers(Class<?> stepType) {
        return ROWS.containsKey(stepType);
    }

    private static Row row(VisitStep step) {
        Row row = ROWS.get(step.getClass());
        if (row == null) {
            throw new IllegalStateException("no row in StepTable for " + step.getClass().getSimpleName());
        }
        return row;
    }

    private static Map.Entry<Class<? extends VisitStep>, Row> row(Class<? extends VisitStep> type, Route route,
            Trait... traits) {
        Set<Trait> set = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.of(traits[0], traits);
        Set<Trait> fixed = Set.copyOf(set);
        return Map.entry(type, new Row(route, Optional.empty(), step -> fixed));
    }

    /** The traits of {@code resume}, except that cancel no longer asks: it is the answer. */
    private static Set<Trait> asking(VisitStep resume) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        traits.addAll(row(resume).traits().apply(resume));
        traits.remove(CANCEL_ASKS);
        traits.add(NO_HELP);
        return traits;
    }

    /** The order screens are before payment once the card was taken, like the payment screen itself. */
    private static Map.Entry<Class<? extends VisitStep>, Row> order(Class<? extends VisitStep> type, OrderStage stage) {
        Set<Trait> fixed = Set.of(CARD_TAKEN, BEFORE_PAYMENT, CANCEL_ASKS);
        return Map.entry(type, new Row(ORDER, Optional.of(stage), step -> fixed));
    }
}
