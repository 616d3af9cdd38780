package jp.madoguchi.card.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import org.junit.jupiter.api.Test;

class ScriptedTransportTest {
    @Test
    void strictModeAnswersMatchingCommandsAndCountsThem() throws Exception {
        ScriptedTransport card = ScriptedTransport.strict().expect("00 A4 02 0C 02 00 0A", "9000")
                .expect("00B0000004", "3082036B9000");

        assertThat(card.transmit(command("00A4020C02000A")).sw()).isEqualTo(0x9000);
        assertThat(card.transmit(command("00B0000004")).data()).isEqualTo(Hex.parse("3082036B"));
        assertThat(card.count()).isEqualTo(2);
        assertThat(card.sentHex()).containsExactly("00A4020C02000A", "00B0000004");
        card.assertDone();
    }

    @Test
    void strictModeFailsWithExpectedButGot() {
        ScriptedTransport card = ScriptedTransport.strict().expect("00A4020C02000A", "9000");

        assertThatThrownBy(() -> card.transmit(command("00A4020C02000B")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("exchange 1: expected 00A4020C02000A but got 00A4020C02000B");
    }

    @Test
    void aMismatchedVerifyDoesNotPrintEitherPin() {
        ScriptedTransport card = ScriptedTransport.strict().expect("002000800431323334", "9000");

        assertThatThrownBy(() -> card.transmit(command("002000800435363738")))
                .hasMessageNotContaining("31323334").hasMessageNotContaining("35363738")
                .hasMessageContaining("PIN bodies differ");
    }

    @Test
    void lenientModeReplaysResponsesWhateverIsSent() throws Exception {
        ScriptedTransport card = ScriptedTransport.lenient().expect("00A4020C02000A", "6A82");

        assertThat(card.transmit(command("00B0000000")).sw()).isEqualTo(0x6A82);
    }

    @Test
    void aFaultStepThrows() {
        ScriptedTransport card = ScriptedTransport.strict().expectFault("00B0000000", new CardFault.CardRemoved());

        assertThatThrownBy(() -> card.transmit(command("00B0000000"))).isInstanceOfSatisfying(
                CardFaultException.class, e -> assertThat(e.fault()).isEqualTo(new CardFault.CardRemoved()));
    }

    @Test
    void reportsExhaustionAndUnusedSteps() {
        ScriptedTransport card = ScriptedTransport.strict().expect(CommandApdu.of(0, 0x20, 0, 0x80),
                ResponseApdu.of(0x63C3));

        assertThatThrownBy(card::assertDone).hasMessage("1 scripted exchange(s) never sent; next expected 00200080");
        assertThat(card.remaining()).isEqualTo(1);
        ScriptedTransport empty = ScriptedTransport.strict();
        assertThatThrownBy(() -> empty.transmit(command("00200080")))
                .hasMessage("script exhausted after 0 exchanges, but got 00200080");
    }

    @Test
    void refusesToTransmitAfterClose() {
        ScriptedTransport card = ScriptedTransport.strict();
        card.close();

        assertThat(card.closed()).isTrue();
        assertThatThrownBy(() -> card.transmit(command("00200080"))).isInstanceOf(AssertionError.class);
    }

    private static CommandApdu command(String hex) {
        return new CommandApdu(Hex.parse(hex));
    }
}
