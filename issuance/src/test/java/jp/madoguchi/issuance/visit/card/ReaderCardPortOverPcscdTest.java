package jp.madoguchi.issuance.visit.card;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.Misbehaviour;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The visit's card port through SunPCSC, a real pcscd and vpcd, with a card that misbehaves on the PIN: what the
 * visit is told is what the card counted, and a card that went silent is usable again without being pulled.
 */
@RequiresPcscStack
class ReaderCardPortOverPcscdTest {
    private static final String READER = VirtualCardStack.READER;
    private final CardEvents events = new CardEvents(20);
    private final VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
    private ReaderService service;
    private ReaderCardPort port;

    @BeforeEach
    void start(VirtualCardStack stack) throws Exception {
        stack.insert(card);
        service = stack.readers();
        port = new ReaderCardPort(service, READER);
        port.subscribe(events);
        next(CardEvent.Placed.class);
        port.read(1);
        assertThat(next(CardEvent.Read.class).facts().authTries()).isEqualTo(new PinTries(PinKind.AUTH, 3));
    }

    private <T extends CardEvent> T next(Class<T> type) throws InterruptedException {
        return events.next(type);
    }

    @Test
    void theRightPinAnswered6C00KeepsItsTryAndTheVisitHearsThree() throws InterruptedException {
        card.misbehave(Misbehaviour.answer(Misbehaviour.Target.PIN_VERIFY, 0x6C00));

        port.verifyPin(2, "1234".toCharArray(), false);

        assertThat(next(CardEvent.PinChecked.class).outcome())
                .isEqualTo(new PinOutcome.Unconfirmed(new PinTries(PinKind.AUTH, 3)));
        assertThat(card.pinVerifications()).isEqualTo(1);
        assertThat(card.triesLeft(PinKind.AUTH)).isEqualTo(3);
    }

    @Test
    void aCardThatGoesSilentOnThePinIsResetAndReadAgainWithoutBeingPulled() throws InterruptedException {
        card.misbehave(Misbehaviour.mute(Misbehaviour.Target.PIN_VERIFY));

        port.verifyPin(2, "1234".toCharArray(), false);

        assertThat(next(CardEvent.Failed.class).fault()).isInstanceOf(CardFault.Unresponsive.class);
        card.misbehave(null);
        port.read(3);
        assertThat(next(CardEvent.Read.class).facts().authTries()).isEqualTo(new PinTries(PinKind.AUTH, 3));
        assertThat(events.noneWaiting(CardEvent.Removed.class)).isTrue();
        assertThat(service.status().readers()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo(READER);
            assertThat(r.cardPresent()).isTrue();
        });
    }
}
