package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.UnlockRoute;
import org.junit.jupiter.api.Test;

/** Tries shown before entry, the card's own count after a wrong PIN, the last-try confirmation and the lock. */
class PinEntryTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void wrongPinShowsTheCardsCountThenTheRightPinGoesOn() {
        kiosk.toPinEntry("default").enterPin("9999");
        kiosk.card.answerPin(new PinOutcome.Wrong(2));
        assertThat(kiosk.step()).isEqualTo(new PinEntry(4, 2, PinNotice.WRONG_PIN, false));

        kiosk.enterPin("1234");
        kiosk.card.answerPin(Cards.verified(kiosk.facts("default")));
        assertThat(kiosk.step()).isEqualTo(new RemoveCard(false));
        assertThat(kiosk.card.pinsSent()).containsExactly("9999", "1234");
    }

    @Test
    void twoWrongPinsLeaveOneTryThatNeedsExplicitConfirmation() {
        kiosk.toPinEntry("default").enterPin("9999");
        kiosk.card.answerPin(new PinOutcome.Wrong(2));
        kiosk.enterPin("8888");
        kiosk.card.answerPin(new PinOutcome.Wrong(1));
        assertThat(kiosk.step()).isEqualTo(new LastTryWarning(1, true));

        kiosk.enterPin("1234");
        assertThat(kiosk.card.pinsSent()).as("no PIN before the confirmation").hasSize(2);
        assertThat(kiosk.step()).isEqualTo(new LastTryWarning(1, true));

        kiosk.act(new ResidentAction.ConfirmLastTry());
        assertThat(kiosk.step()).isEqualTo(new PinEntry(4, 1, PinNotice.WRONG_PIN, true));
        kiosk.enterPin("1234");
        assertThat(kiosk.card.last(FakeCardPort.Kind.VERIFY).lastTryConfirmed()).isTrue();
    }

    @Test
    void aCardWithOneTryLeftWarnsBeforeThePadOpens() {
        kiosk.toPinEntry("last-try");
        assertThat(kiosk.step()).isEqualTo(new LastTryWarning(1, false));

        kiosk.act(new ResidentAction.Back());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.card.pinsSent()).isEmpty();
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.CANCELLED, 1);
    }

    @Test
    void aWrongLastTryLocksThePinAndShowsBothUnlockRoutes() {
        kiosk.toPinEntry("last-try");
        kiosk.act(new ResidentAction.ConfirmLastTry());
        kiosk.enterPin("0000");
        kiosk.card.answerPin(new PinOutcome.Blocked());

        assertThat(kiosk.step()).isEqualTo(new PinLocked(List.of(UnlockRoute.MUNICIPAL_COUNTER,
                UnlockRoute.PIN_RESET_APP_AND_STORE_KIOSK), true));
        kiosk.card.remove();
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.PIN_LOCKED, 1);
    }

    @Test
    void withoutAUsableSignaturePinOnlyTheCounterCanUnlock() {
        kiosk.start(Service.CERTIFICATES);
        kiosk.card.place();
        kiosk.card.answerRead(Cards.withTries(kiosk.facts("default"), 0, 0));

        assertThat(kiosk.step()).isEqualTo(new CardProblem(CardProblemKind.AUTH_PIN_LOCKED,
                Message.of("cardProblem.locked"), List.of(UnlockRoute.MUNICIPAL_COUNTER), true));
    }

    @Test
    void aCardLockedBeforeTheVisitIsRefusedWithoutAskingForThePin() {
        kiosk.toPinEntry("locked");

        assertThat(kiosk.step(CardProblem.class).kind()).isEqualTo(CardProblemKind.AUTH_PIN_LOCKED);
        assertThat(kiosk.step(CardProblem.class).unlockRoutes()).containsExactly(UnlockRoute.MUNICIPAL_COUNTER,
                UnlockRoute.PIN_RESET_APP_AND_STORE_KIOSK);
        assertThat(kiosk.card.requests()).extracting(FakeCardPort.Request::kind)
                .containsExactly(FakeCardPort.Kind.READ);
    }

    @Test
    void aMinorWithoutSignatureCertificateCanOnlyUnlockAtTheCounter() {
        kiosk.toPinEntry("minor").enterPin("0000");
        kiosk.card.answerPin(new PinOutcome.Blocked());

        assertThat(kiosk.step(PinLocked.class).unlockRoutes()).containsExactly(UnlockRoute.MUNICIPAL_COUNTER);
    }

    @Test
    void aPinThatIsNotFourDigitsNeverReachesTheCardAndIsWiped() {
        kiosk.toPinEntry("default");
        char[] typed = "12a4".toCharArray();
        kiosk.act(new ResidentAction.EnterPin(typed));

        assertThat(kiosk.step()).isEqualTo(new PinEntry(4, 3, PinNotice.FORMAT, false));
        assertThat(kiosk.card.pinsSent()).isEmpty();
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void aPinSentToAStepWithoutAPadIsWipedAndIgnored() {
        kiosk.toRemoveCard("default");
        char[] typed = "1234".toCharArray();
        kiosk.act(new ResidentAction.EnterPin(typed));

        assertThat(typed).containsOnly('\0');
        assertThat(kiosk.step()).isEqualTo(new RemoveCard(false));
        assertThat(kiosk.card.pinsSent()).hasSize(1);
    }

    @Test
    void aLateAnswerToAnEndedVisitIsIgnored() {
        kiosk.toPinEntry("default").enterPin("1234");
        assertThat(kiosk.step()).isEqualTo(new CheckingPin());
        kiosk.act(new ResidentAction.Cancel());
        kiosk.card.answerPin(Cards.verified(kiosk.facts("default")));

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();
    }

    @Test
    void theCardChangingItsMindAboutTheLastTryAsksForConfirmation() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.answerPin(new PinOutcome.ConfirmationRequired(1));

        assertThat(kiosk.step()).isEqualTo(new LastTryWarning(1, false));
    }
}
