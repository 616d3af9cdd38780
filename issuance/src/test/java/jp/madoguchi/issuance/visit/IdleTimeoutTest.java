package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.IdleWarning;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walking away, on every step: a 15 s countdown after 60 s of silence, then everything is wiped. */
class IdleTimeoutTest {
    /** Screens whose outcome is already known end with it; the others as timed out. */
    private static final Map<Class<?>, EndReason> SETTLED = Map.of(Help.class, EndReason.INFORMATION_SHOWN,
            AccountInquiry.class, EndReason.INFORMATION_SHOWN, CardProblem.class, EndReason.CARD_REFUSED,
            PinLocked.class, EndReason.PIN_LOCKED, IssueFailed.class, EndReason.ISSUE_FAILED,
            TakeDocuments.class, EndReason.COMPLETED, CardCheckResult.class, EndReason.CARD_CHECKED);
    private static final List<Class<?>> NO_IDLE = List.of(Attract.class, ReadingCard.class, CheckingPin.class,
            Printing.class, PrintingStatement.class, ThankYou.class, Aborted.class, OutOfService.class);

    static Stream<Class<? extends VisitStep>> idleSteps() {
        return Journeys.all().keySet().stream().filter(step -> !NO_IDLE.contains(step));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idleSteps")
    void warnsThenWipesTheVisit(Class<? extends VisitStep> step) {
        VisitHarness kiosk = Journeys.reach(step);
        VisitId visit = kiosk.visitId();

        kiosk.elapse(Duration.ofSeconds(59));
        assertThat(kiosk.machine.snapshot().idleWarning()).isEmpty();
        kiosk.elapse(Duration.ofSeconds(1));
        assertThat(kiosk.machine.snapshot().idleWarning()).contains(new IdleWarning(15));
        assertThat(kiosk.step()).isInstanceOf(step);
        kiosk.elapse(Duration.ofSeconds(14));
        assertThat(kiosk.machine.snapshot().idleWarning()).contains(new IdleWarning(1));
        kiosk.elapse(Duration.ofSeconds(1));

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();
        assertThat(kiosk.machine.snapshot().idleWarning()).isEmpty();
        assertThat(kiosk.documents.visitsHeld()).isZero();
        assertThat(kiosk.payment.isOpen(visit)).as("an open payment is cancelled").isFalse();
        // The payment device's answer to the cancellation may follow the end; the end itself is journaled once.
        assertThat(kiosk.journal.entries(visit)).filteredOn(JournalEntry.Ended.class::isInstance)
                .containsExactly(new JournalEntry.Ended(visit, kiosk.clock.instant(),
                        SETTLED.getOrDefault(step, EndReason.TIMED_OUT), Journeys.reach(step).step().id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idleSteps")
    void aTouchOrContinueStartsTheIdlePeriodAgain(Class<? extends VisitStep> step) {
        VisitHarness kiosk = Journeys.reach(step);
        kiosk.elapse(Duration.ofSeconds(65));
        assertThat(kiosk.machine.snapshot().idleWarning()).contains(new IdleWarning(10));

        kiosk.act(new ResidentAction.ContinueVisit());
        assertThat(kiosk.machine.snapshot().idleWarning()).isEmpty();
        kiosk.elapse(Duration.ofSeconds(59));
        kiosk.act(new ResidentAction.Touch());
        kiosk.elapse(Duration.ofSeconds(59));

        assertThat(kiosk.step()).isInstanceOf(step);
        assertThat(kiosk.machine.snapshot().idleWarning()).isEmpty();
    }

    @Test
    void theIdleTimeAndTheWarningAreConfigurable() {
        VisitHarness kiosk = new VisitHarness(VisitSettings.defaults(VisitHarness.SALT)
                .withIdle(Duration.ofSeconds(20), Duration.ofSeconds(5)));
        kiosk.toPinEntry("default");

        kiosk.elapse(Duration.ofSeconds(20));
        assertThat(kiosk.machine.snapshot().idleWarning()).contains(new IdleWarning(5));
        kiosk.elapse(Duration.ofSeconds(5));
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
    }

    @Test
    void theCountdownIsPublishedEverySecond() {
        VisitHarness kiosk = Journeys.reach(Payment.class);
        kiosk.elapse(Duration.ofSeconds(60));
        int published = kiosk.snapshots.size();
        for (int second = 14; second >= 1; second--) {
            assertThat(kiosk.machine.nextDeadline()).contains(kiosk.clock.instant().plusSeconds(1));
            kiosk.elapse(Duration.ofSeconds(1));
            assertThat(kiosk.machine.snapshot().idleWarning()).contains(new IdleWarning(second));
        }
        assertThat(kiosk.snapshots).hasSize(published + 14);
    }

    @Test
    void cardWorkThatNeverAnswersAbortsAfterThirtySeconds() {
        VisitHarness kiosk = Journeys.reach(ReadingCard.class);
        kiosk.elapse(Duration.ofSeconds(29));
        assertThat(kiosk.step()).isInstanceOf(ReadingCard.class);
        kiosk.elapse(Duration.ofSeconds(1));
        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_UNREADABLE));
    }

    /** The VERIFY may have reached the card before it went silent: the resident is told a try may be gone. */
    @Test
    void aPinCheckThatNeverAnswersEndsSayingATryMayBeUsed() {
        VisitHarness kiosk = Journeys.reach(CheckingPin.class);
        kiosk.elapse(Duration.ofSeconds(29));
        assertThat(kiosk.step()).isInstanceOf(CheckingPin.class);
        kiosk.elapse(Duration.ofSeconds(1));
        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.PIN_UNCONFIRMED));
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.PIN_UNCONFIRMED);
    }

    @Test
    void printingWaitsForThePrinterHoweverLong() {
        VisitHarness kiosk = Journeys.reach(Printing.class);
        kiosk.elapse(Duration.ofMinutes(10));
        assertThat(kiosk.step()).isInstanceOf(Printing.class);
        assertThat(kiosk.machine.nextDeadline()).isEmpty();
    }

    @Test
    void theScreensAfterAVisitReturnToTheStartByThemselves() {
        VisitHarness thanked = Journeys.reach(ThankYou.class);
        thanked.elapse(Duration.ofSeconds(5));
        assertThat(thanked.step()).isInstanceOf(Attract.class);

        VisitHarness aborted = Journeys.reach(Aborted.class);
        aborted.elapse(Duration.ofSeconds(9));
        assertThat(aborted.step()).isInstanceOf(Aborted.class);
        aborted.elapse(Duration.ofSeconds(1));
        assertThat(aborted.step()).isInstanceOf(Attract.class);

        VisitHarness attract = Journeys.reach(Attract.class);
        attract.elapse(Duration.ofHours(1));
        assertThat(attract.machine.nextDeadline()).isEqualTo(Optional.empty());
        assertThat(attract.snapshots).hasSize(1);
    }
}
