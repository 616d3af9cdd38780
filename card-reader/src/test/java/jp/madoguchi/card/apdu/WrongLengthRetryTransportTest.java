package jp.madoguchi.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;

class WrongLengthRetryTransportTest {
    @Test
    void resendsOnceWithTheLengthTheCardAskedFor() throws Exception {
        ScriptedTransport card = ScriptedTransport.strict().expect("00B0000000", "6C03").expect("00B0000003", "8F8F009000");

        ResponseApdu response = new WrongLengthRetryTransport(card).transmit(new CommandApdu(Hex.parse("00B0000000")));

        assertThat(response.data()).isEqualTo(Hex.parse("8F8F00"));
        card.assertDone();
    }

    @Test
    void neverResendsAPinCommand() throws Exception {
        ScriptedTransport card = ScriptedTransport.strict().expect("002000800431323334", "6C04");

        ResponseApdu response = new WrongLengthRetryTransport(card)
                .transmit(new CommandApdu(Hex.parse("002000800431323334")));

        assertThat(response.sw()).isEqualTo(0x6C04);
        assertThat(card.count()).isEqualTo(1);
    }
}
