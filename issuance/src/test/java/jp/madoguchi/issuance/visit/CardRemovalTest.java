package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ForgotPin;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The card leaving the reader, on every step of the visit. */
class CardRemovalTest {
    /** The card lies on the reader and the visit still needs it. */
    private static final Set<Class<?>> ABORTS = Set.of(ReadingCard.class, PinEntry.class, LastTryWarning.class,
            CheckingPin.class);

    static Stream<Class<? extends VisitStep>> steps() {
        return Journeys.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void removingTheCard(Class<? extends VisitStep> step) {
        VisitHarness kiosk = Journeys.reach(step);
        VisitStep before = kiosk.step();
        List<JournalEntry> journaled = kiosk.journal.entries();

        kiosk.card.remove();

        VisitStep after = kiosk.step();
        if (ABORTS.contains(step)) {
            assertThat(after).isEqualTo(new Aborted(AbortReason.CARD_REMOVED));
            assertThat(kiosk.machine.snapshot().visit()).isEmpty();
            assertThat(kiosk.lastEnd()).isEqualTo(EndReason.CARD_REMOVED);
        } else if (step == CardProblem.class || step == PinLocked.class) {
            assertThat(after).as("taking a refused card is the way out").isInstanceOf(Attract.class);
            assertThat(kiosk.lastEnd()).isIn(EndReason.CARD_REFUSED, EndReason.PIN_LOCKED);
        } else if (step == CardCheckResult.class) {
            assertThat(after).isEqualTo(((CardCheckResult) before).withCardPresent(false));
        } else if (step == RemoveCard.class) {
            assertThat(after).isInstanceOf(ChooseMunicipality.class);
        } else if (step == WhoseCard.class) {
            assertThat(after).as("the left card is gone: now the resident's own").isEqualTo(new PlaceCard(
                    Service.CERTIFICATES));
        } else if (step == ForgotPin.class) {
            assertThat(after).as("told where to reset the PIN, the resident leaves").isInstanceOf(Attract.class);
            assertThat(kiosk.lastEnd()).isEqualTo(EndReason.CANCELLED);
        } else {
            assertThat(after).as("no card was on the reader").isEqualTo(before);
            assertThat(kiosk.journal.entries()).isEqualTo(journaled);
        }
    }
}
