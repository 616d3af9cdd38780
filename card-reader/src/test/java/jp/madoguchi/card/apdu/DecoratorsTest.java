package jp.madoguchi.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecoratorsTest {
    private final List<String> sent = new ArrayList<>();

    @Test
    void getResponseChainsAllRounds() throws Exception {
        ApduTransport card = command -> {
            sent.add(Hex.of(command.bytes()));
            return switch (sent.size()) {
                case 1 -> ResponseApdu.of(Hex.parse("0102"), 0x6102);
                case 2 -> ResponseApdu.of(Hex.parse("0304"), 0x6101);
                default -> ResponseApdu.of(Hex.parse("05"), 0x9000);
            };
        };
        ResponseApdu r = new GetResponseTransport(card).transmit(CommandApdu.expecting(0, 0xB0, 0, 0, 256));
        assertThat(r.data()).containsExactly(1, 2, 3, 4, 5);
        assertThat(r.sw()).isEqualTo(0x9000);
        assertThat(sent).containsExactly("00B0000000", "00C0000002", "00C0000001");
    }

    @Test
    void getResponseGivesUpOnAnEndlessCard() {
        ApduTransport endless = command -> ResponseApdu.of(new byte[] {1}, 0x6101);
        assertThatThrownBy(() -> new GetResponseTransport(endless).transmit(CommandApdu.of(0, 0xB0, 0, 0)))
                .isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class));
    }

    @Test
    void wrongLengthIsResentOnceWithTheCardsLength() throws Exception {
        ApduTransport card = command -> {
            sent.add(Hex.of(command.bytes()));
            return command.ne() == 0x20 ? ResponseApdu.of(new byte[0x20], 0x9000) : ResponseApdu.of(0x6C20);
        };
        ResponseApdu r = new WrongLengthRetryTransport(card).transmit(CommandApdu.expecting(0, 0xB0, 0, 0, 256));
        assertThat(r.dataLength()).isEqualTo(0x20);
        assertThat(sent).containsExactly("00B0000000", "00B0000020");
    }

    @Test
    void aReadThatAnnouncesMoreThanItsLeFailsAtOnce() {
        ApduTransport card = command -> {
            sent.add(Hex.of(command.bytes()));
            return sent.size() == 1 ? ResponseApdu.of(Hex.parse("0102"), 0x6102)
                    : ResponseApdu.of(Hex.parse("0304"), 0x6105);
        };
        assertThatThrownBy(() -> new GetResponseTransport(card).transmit(CommandApdu.expecting(0, 0xB0, 0, 0, 6)))
                .isInstanceOfSatisfying(CardFaultException.class, e -> {
                    assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class);
                    assertThat(e.getMessage()).contains("beyond the 6 asked for");
                });
        assertThat(sent).containsExactly("00B0000006", "00C0000002");
    }

    @Test
    void aGetResponseRoundWithoutDataEndsTheChain() {
        ApduTransport card = command -> {
            sent.add(Hex.of(command.bytes()));
            return ResponseApdu.of(0x6101);
        };
        assertThatThrownBy(() -> new GetResponseTransport(card).transmit(CommandApdu.expecting(0, 0xB0, 0, 0, 256)))
                .isInstanceOf(CardFaultException.class);
        assertThat(sent).hasSize(2);
    }

    @Test
    void aReadAskedForMoreThanItsLeIsNotReSent() {
        ApduTransport card = command -> {
            sent.add(Hex.of(command.bytes()));
            return ResponseApdu.of(0x6C10);
        };
        assertThatThrownBy(() -> new WrongLengthRetryTransport(card).transmit(CommandApdu.expecting(0, 0xB0, 0, 0, 4)))
                .isInstanceOf(CardFaultException.class);
        assertThat(sent).containsExactly("00B0000004");
    }

    /** A VERIFY, a signature or a SELECT goes to the card once, whatever it answers. */
    @ParameterizedTest(name = "{0} answered {1}")
    @CsvSource({"002000800431323334, 6C00", "002000800431323334, 6C04", "002000800431323334, 6110",
        "00200080, 6C04", "00200080, 6102", "802A008002AABB00, 6100", "802A008002AABB00, 6C10",
        "00A4020C020018, 6102"})
    void nothingButAReadIsEverSentAgain(String commandHex, String sw) throws Exception {
        ApduTransport card = command -> {
            sent.add(Hex.of(command.bytes()));
            return ResponseApdu.of(Integer.parseInt(sw, 16));
        };
        CommandApdu command = new CommandApdu(Hex.parse(commandHex));
        ResponseApdu response = ApduTransports.standard(card, null).transmit(command);
        assertThat(response.sw()).isEqualTo(Integer.parseInt(sw, 16));
        assertThat(sent).hasSize(1);
    }

    @Test
    void tracingRedactsPinsAndRecordsFaults() {
        List<ApduTraceEntry> trace = new ArrayList<>();
        ApduTransport card = command -> {
            if (command.ins() == 0xB0) {
                throw new CardFaultException(new CardFault.CardRemoved());
            }
            return ResponseApdu.of(0x63C2);
        };
        ApduTransport traced = ApduTransports.standard(card, trace::add);
        assertThatThrownBy(() -> {
            traced.transmit(CommandApdu.of(0, 0x20, 0, 0x80, "4321".getBytes()));
            traced.transmit(CommandApdu.expecting(0, 0xB0, 0, 0, 4));
        }).isInstanceOf(CardFaultException.class);
        assertThat(trace).hasSize(2);
        assertThat(trace.get(0).format()).contains("redacted").contains("63C2").doesNotContain("34333231");
        assertThat(trace.get(1).fault()).contains("CardRemoved");
    }
}
