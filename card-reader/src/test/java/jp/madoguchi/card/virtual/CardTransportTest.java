package jp.madoguchi.card.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.UnaryOperator;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.Test;

/** The card as an ApduTransport: power, the response hooks, and how their failures surface. */
class CardTransportTest {
    private static final CommandApdu SELECT_JPKI = new CommandApdu(Hex.parse(Apdus.SELECT_JPKI));

    private final VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());

    @Test
    void transmitDelegatesToTheWireProcessor() throws CardFaultException {
        ResponseApdu response = card.transmit(SELECT_JPKI);
        assertThat(response.isOk()).isTrue();
        assertThat(card.apduCount()).isEqualTo(1);
    }

    @Test
    void anUnpoweredCardAnswersNothing() {
        card.powerOff();
        assertThat(card.isPowered()).isFalse();
        assertThatThrownBy(() -> card.process(Hex.parse(Apdus.SELECT_JPKI))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> card.transmit(SELECT_JPKI)).isInstanceOf(CardFaultException.class)
                .extracting(e -> ((CardFaultException) e).fault()).isInstanceOf(CardFault.CardRemoved.class);
        card.reset();
        assertThat(card.isPowered()).isTrue();
    }

    @Test
    void hooksTamperWithEveryResponseUntilCleared() throws CardFaultException {
        card.respondWith(ResponseHooks.statusWord(0x6A82));
        assertThat(card.transmit(SELECT_JPKI).sw()).isEqualTo(0x6A82);
        card.respondWith(ResponseHooks.always(Hex.parse("DEADBEEF9000")));
        assertThat(Hex.of(card.transmit(SELECT_JPKI).data())).isEqualTo("DEADBEEF");
        card.respondWith(ResponseHooks.truncatedTo(1));
        assertThatThrownBy(() -> card.transmit(SELECT_JPKI)).isInstanceOf(CardFaultException.class)
                .extracting(e -> ((CardFaultException) e).fault()).isInstanceOf(CardFault.ProtocolError.class);
        card.respondWith(UnaryOperator.identity());
        assertThat(card.transmit(SELECT_JPKI).sw()).isEqualTo(0x9000);
    }

    @Test
    void delayedHookSlowsTheAnswerDown() throws CardFaultException {
        card.respondWith(ResponseHooks.delayed(Duration.ofMillis(60)));
        long start = System.nanoTime();
        assertThat(card.transmit(SELECT_JPKI).isOk()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }
}
