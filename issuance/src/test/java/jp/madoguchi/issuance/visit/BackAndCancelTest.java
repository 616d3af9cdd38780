package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
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
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Back, cancel and a bare touch on every step: where each leads, and that nothing else moves. */
class BackAndCancelTest {
    /** Where back leads; steps not listed stay where they are (busy, or past the point of return). */
    private static final Map<Class<?>, Class<?>> BACK = Map.ofEntries(Map.entry(Help.class, Attract.class),
            Map.entry(AccountInquiry.class, Attract.class), Map.entry(PlaceCard.class, Attract.class),
            Map.entry(CardProblem.class, Attract.class), Map.entry(PinEntry.class, Attract.class),
            Map.entry(LastTryWarning.class, Attract.class), Map.entry(PinLocked.class, Attract.class),
            Map.entry(ChooseMunicipality.class, Attract.class),
            Map.entry(ChooseCertificate.class, ChooseMunicipality.class),
            Map.entry(ChooseOptions.class, ChooseCertificate.class), Map.entry(ChooseSubjects.class,
                    ChooseOptions.class), Map.entry(ChooseCopies.class, ChooseSubjects.class),
            Map.entry(Confirm.class, ChooseCopies.class), Map.entry(Payment.class, Confirm.class),
            Map.entry(IssueFailed.class, Attract.class), Map.entry(CardCheckResult.class, ThankYou.class),
            Map.entry(ForgotPin.class, PinEntry.class), Map.entry(ConfirmCancel.class, Confirm.class));
    /** Cancel ends the visit everywhere except where there is nothing to end or printing must finish. */
    private static final Set<Class<?>> CANCEL_IGNORED = Set.of(Attract.class, Printing.class,
            PrintingStatement.class, OutOfService.class);
    /** After the PIN, cancel first asks (ConfirmCancel); a second cancel ends the visit. */
    private static final Set<Class<?>> CANCEL_ASKS = Set.of(AccountInquiry.class, ChooseMunicipality.class,
            ChooseCertificate.class, ChooseOptions.class, ChooseSubjects.class, ChooseCopies.class, Confirm.class);

    static Stream<Class<? extends VisitStep>> steps() {
        return Journeys.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void back(Class<? extends VisitStep> step) {
        VisitHarness kiosk = Journeys.reach(step);
        VisitStep before = kiosk.step();
        kiosk.act(new ResidentAction.Back());

        if (BACK.containsKey(step)) {
            assertThat(kiosk.step()).isInstanceOf(BACK.get(step));
        } else {
            assertThat(kiosk.step()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void cancel(Class<? extends VisitStep> step) {
        VisitHarness kiosk = Journeys.reach(step);
        VisitStep before = kiosk.step();
        kiosk.act(new ResidentAction.Cancel());

        if (CANCEL_IGNORED.contains(step)) {
            assertThat(kiosk.step()).isEqualTo(before);
        } else if (CANCEL_ASKS.contains(step)) {
            assertThat(kiosk.step()).isEqualTo(new ConfirmCancel(before));
            kiosk.act(new ResidentAction.Cancel());
            assertThat(kiosk.step()).isInstanceOf(Attract.class);
            assertThat(kiosk.machine.snapshot().visit()).isEmpty();
        } else {
            assertThat(kiosk.step()).isInstanceOf(Attract.class);
            assertThat(kiosk.machine.snapshot().visit()).isEmpty();
            assertThat(kiosk.documents.visitsHeld()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void aTouchOnlyKeepsTheVisitAlive(Class<? extends VisitStep> step) {
        VisitHarness kiosk = Journeys.reach(step);
        VisitSnapshot before = kiosk.machine.snapshot();
        kiosk.act(new ResidentAction.Touch());
        kiosk.act(new ResidentAction.ContinueVisit());

        assertThat(kiosk.machine.snapshot()).isEqualTo(before);
    }
}
