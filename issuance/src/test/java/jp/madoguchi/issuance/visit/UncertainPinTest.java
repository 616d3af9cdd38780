package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.UnlockRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When the card will not say how many tries are left, or gives no verdict on a PIN: no PIN is asked for or sent
 * again, and the resident is told what the card reports, never a made-up or negative count.
 */
class UncertainPinTest {
    private final VisitHarness kiosk = new VisitHarness();

    private CardFacts withoutAuthCount() {
        CardFacts facts = kiosk.facts("default");
        return new CardFacts(facts.fingerprint(), facts.authCertificate(), facts.signatureCertificatePresent(),
                PinTries.notReported(PinKind.AUTH), facts.signatureTries());
    }

    @Test
    void aCardThatGivesNoCountIsRefusedBeforeThePinPad() {
        kiosk.start(Service.CERTIFICATES);
        kiosk.card.place();
        kiosk.card.answerRead(withoutAuthCount());

        assertThat(kiosk.step()).isEqualTo(new CardProblem(CardProblemKind.PIN_TRIES_UNKNOWN,
                Message.of("cardProblem.triesUnknown"), List.of(), true));
        assertThat(kiosk.card.pinsSent()).isEmpty();
        kiosk.act(new ResidentAction.Confirm());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.CARD_REFUSED, 1);
    }

    @Test
    void theCardCheckShowsAnUnknownCountAsUnknown() {
        kiosk.start(Service.CARD_CHECK);
        kiosk.card.place();
        kiosk.card.answerRead(withoutAuthCount());

        assertThat(kiosk.step(CardCheckResult.class).authTriesLeft()).isEmpty();
    }

    @Test
    void aVerifierThatFindsNoCountSendsNothingAndSaysSo() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.answerPin(new PinOutcome.TriesUnknown());

        assertThat(kiosk.step(CardProblem.class).kind()).isEqualTo(CardProblemKind.PIN_TRIES_UNKNOWN);
        kiosk.act(new ResidentAction.Confirm());
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.CARD_REFUSED);
    }

    @ParameterizedTest(name = "the card now reports {0} tries")
    @ValueSource(ints = {1, 2, 3})
    void anAnswerWithoutAVerdictEndsTheVisitWithTheCardsOwnCount(int now) {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.answerPin(new PinOutcome.Unconfirmed(new PinTries(PinKind.AUTH, now)));

        assertThat(kiosk.step()).isEqualTo(new CardProblem(CardProblemKind.PIN_UNCONFIRMED,
                Message.of("cardProblem.pinUnconfirmed", now), List.of(), true));
        assertThat(kiosk.card.pinsSent()).as("the PIN is never offered again").containsExactly("1234");
        kiosk.act(new ResidentAction.Confirm());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.PIN_UNCONFIRMED);
    }

    @Test
    void whenTheCardNowReportsLockedTheUnlockRoutesFollow() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.answerPin(new PinOutcome.Unconfirmed(new PinTries(PinKind.AUTH, 0)));

        assertThat(kiosk.step()).isEqualTo(new CardProblem(CardProblemKind.PIN_UNCONFIRMED,
                Message.of(CardProblemKind.PIN_UNCONFIRMED_LOCKED),
                List.of(UnlockRoute.MUNICIPAL_COUNTER, UnlockRoute.PIN_RESET_APP_AND_STORE_KIOSK), true));
        kiosk.act(new ResidentAction.Confirm());
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.PIN_LOCKED);
    }

    @Test
    void whenTheCardThenGivesNoCountTheScreenSaysItIsUnknown() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.answerPin(new PinOutcome.Unconfirmed(PinTries.notReported(PinKind.AUTH)));

        assertThat(kiosk.step()).isEqualTo(new CardProblem(CardProblemKind.PIN_UNCONFIRMED,
                Message.of(CardProblemKind.PIN_UNCONFIRMED_UNKNOWN), List.of(), true));
    }

    @Test
    void aCardThatStopsAnsweringDuringThePinCheckEndsSayingATryMayBeUsed() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.fail(FakeCardPort.Kind.VERIFY, new CardFault.Unresponsive("SCARD_E_NOT_TRANSACTED"));

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.PIN_UNCONFIRMED));
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.PIN_UNCONFIRMED);
    }

    @Test
    void aProtocolFaultDuringThePinCheckEndsTheSameWay() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.fail(FakeCardPort.Kind.VERIFY, new CardFault.ProtocolError("Tries query", 0x6F00, "expected 63Cx"));

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.PIN_UNCONFIRMED));
    }

    @Test
    void aCardPulledDuringThePinCheckIsStillACardRemoval() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.fail(FakeCardPort.Kind.VERIFY, new CardFault.CardRemoved());

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_REMOVED));
    }
}
