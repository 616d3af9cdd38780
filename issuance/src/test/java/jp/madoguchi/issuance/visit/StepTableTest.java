package jp.madoguchi.issuance.visit;

import static jp.madoguchi.issuance.visit.StepTable.Trait.BEFORE_PAYMENT;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CANCEL_ASKS;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CANCEL_IGNORED;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CANCEL_RETURNS_HOME;
import static jp.madoguchi.issuance.visit.StepTable.Trait.CARD_TAKEN;
import static jp.madoguchi.issuance.visit.StepTable.Trait.NEEDS_READER;
import static jp.madoguchi.issuance.visit.StepTable.Trait.NO_HELP;
import static jp.madoguchi.issuance.visit.StepTable.Trait.NO_IDLE_TIMEOUT;
import static jp.madoguchi.issuance.visit.StepTable.Trait.OUTLASTS_OUTAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.visit.StepTable.Route;
import jp.madoguchi.issuance.visit.StepTable.Trait;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.junit.jupiter.api.Test;

/**
 * Every step has its row, and the rows say exactly what the machine's lists of steps said before they moved into the
 * table: which steps need the reader, which have no idle warning, what cancel does, when a placed card is checked.
 */
class StepTableTest {
    private static final Map<String, Set<Trait>> TRAITS = Map.ofEntries(
            Map.entry("Attract", EnumSet.of(NO_IDLE_TIMEOUT, CANCEL_IGNORED, NO_HELP)),
            Map.entry("Help", EnumSet.of(NO_HELP)),
            Map.entry("OutOfService", EnumSet.of(NO_IDLE_TIMEOUT, CANCEL_IGNORED)),
            Map.entry("ThankYou", EnumSet.of(NO_IDLE_TIMEOUT, CANCEL_RETURNS_HOME, OUTLASTS_OUTAGE, NO_HELP)),
            Map.entry("Aborted", EnumSet.of(NO_IDLE_TIMEOUT, CANCEL_RETURNS_HOME, OUTLASTS_OUTAGE, NO_HELP)),
            Map.entry("PlaceCard", EnumSet.of(NEEDS_READER)),
            Map.entry("ReadingCard", EnumSet.of(NEEDS_READER, NO_IDLE_TIMEOUT, NO_HELP)),
            Map.entry("CardProblem", EnumSet.noneOf(Trait.class)),
            Map.entry("RemoveCard", EnumSet.of(NEEDS_READER)),
            Map.entry("PinEntry", EnumSet.of(NEEDS_READER)),
            Map.entry("LastTryWarning", EnumSet.of(NEEDS_READER)),
            Map.entry("CheckingPin", EnumSet.of(NEEDS_READER, NO_IDLE_TIMEOUT, NO_HELP)),
            Map.entry("PinLocked", EnumSet.noneOf(Trait.class)),
            Map.entry("ChooseMunicipality", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT, CANCEL_ASKS)),
            Map.entry("ChooseCertificate", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT, CANCEL_ASKS)),
            Map.entry("ChooseOptions", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT, CANCEL_ASKS)),
            Map.entry("ChooseSubjects", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT, CANCEL_ASKS)),
            Map.entry("ChooseCopies", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT, CANCEL_ASKS)),
            Map.entry("Confirm", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT, CANCEL_ASKS)),
            Map.entry("Payment", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT)),
            Map.entry("Printing", EnumSet.of(NO_IDLE_TIMEOUT, CANCEL_IGNORED, CARD_TAKEN, OUTLASTS_OUTAGE, NO_HELP)),
            Map.entry("IssueFailed", EnumSet.of(CARD_TAKEN, OUTLASTS_OUTAGE)),
            Map.entry("TakeDocuments", EnumSet.of(CARD_TAKEN, OUTLASTS_OUTAGE)),
            Map.entry("AccountInquiry", EnumSet.of(CANCEL_ASKS)),
            Map.entry("PrintingStatement", EnumSet.of(NO_IDLE_TIMEOUT, CANCEL_IGNORED, OUTLASTS_OUTAGE, NO_HELP)),
            Map.entry("WhoseCard", EnumSet.of(NEEDS_READER)),
            Map.entry("ForgotPin", EnumSet.of(NEEDS_READER)),
            // Reached over Confirm: its card traits, and cancel now ends the visit.
            Map.entry("ConfirmCancel", EnumSet.of(CARD_TAKEN, BEFORE_PAYMENT, NO_HELP)));

    @Test
    void everyStepHasARow() {
        for (Class<?> step : VisitStep.class.getPermittedSubclasses()) {
            assertThat(StepTable.covers(step)).as(step.getSimpleName()).isTrue();
        }
    }

    @Test
    void everyStepHasTheTraitsTheMachineActedOn() {
        for (VisitStep step : everyStep()) {
            String name = step.getClass().getSimpleName();
            if (step instanceof CardCheckResult) {
                continue;
            }
            assertThat(traits(step)).as(name).isEqualTo(TRAITS.get(name));
        }
        assertThat(TRAITS.keySet()).hasSize(VisitStep.class.getPermittedSubclasses().length - 1);
    }

    /** The card check's result is taken (a card placed then is checked) only once the resident took the card. */
    @Test
    void theCardCheckResultIsBeforePaymentOnceTheCardIsGone() {
        CardCheckResult result = Journeys.reach(CardCheckResult.class).step(CardCheckResult.class);
        assertThat(traits(result.withCardPresent(true))).isEmpty();
        assertThat(traits(result.withCardPresent(false))).containsExactlyInAnyOrder(CARD_TAKEN, BEFORE_PAYMENT);
    }

    @Test
    void routesFollowTheFlows() {
        Map<Route, Set<String>> routes = everyStep().stream().collect(Collectors.groupingBy(StepTable::route,
                Collectors.mapping(step -> step.getClass().getSimpleName(), Collectors.toSet())));
        assertThat(routes.get(Route.ENTRY)).containsExactlyInAnyOrder("Attract", "Help", "ThankYou", "Aborted",
                "OutOfService", "ConfirmCancel");
        assertThat(routes.get(Route.PIN)).containsExactlyInAnyOrder("PinEntry", "LastTryWarning", "CheckingPin",
                "PinLocked", "ForgotPin");
        assertThat(routes.get(Route.OUTPUT)).containsExactlyInAnyOrder("Payment", "Printing", "IssueFailed",
                "TakeDocuments");
        assertThat(routes.get(Route.ACCOUNT)).containsExactlyInAnyOrder("AccountInquiry", "PrintingStatement");
        assertThat(routes.get(Route.CARD)).containsExactlyInAnyOrder("PlaceCard", "ReadingCard", "CardProblem",
                "CardCheckResult", "RemoveCard", "WhoseCard");
        assertThat(routes.get(Route.ORDER)).hasSize(6);
        assertThat(everyStep()).filteredOn(step -> StepTable.route(step) == Route.ORDER)
                .allSatisfy(step -> assertThat(StepTable.stage(step)).isPresent());
    }

    /** One real instance of every step, each reached the way a resident reaches it. */
    private static List<VisitStep> everyStep() {
        return Journeys.all().keySet().stream().map(type -> Journeys.reach(type).step()).toList();
    }

    private static Set<Trait> traits(VisitStep step) {
        return Arrays.stream(Trait.values()).filter(trait -> StepTable.has(step, trait))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Trait.class)));
    }
}
