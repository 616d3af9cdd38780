package jp.madoguchi.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import org.junit.jupiter.api.Test;

class ResponseApduTest {
    @Test
    void splitsDataAndStatus() {
        ResponseApdu r = new ResponseApdu(Hex.parse("3082036B9000"));
        assertThat(r.data()).containsExactly(0x30, 0x82, 0x03, 0x6B);
        assertThat(r.sw()).isEqualTo(0x9000);
        assertThat(r.isOk()).isTrue();
        assertThat(ResponseApdu.of(0x63C2).status()).isEqualTo(StatusWord.COUNTER);
        assertThat(ResponseApdu.of(new byte[] {1}, 0x6B00).bytes()).containsExactly(1, 0x6B, 0x00);
    }

    @Test
    void rejectsResponsesWithoutAStatusWord() {
        assertThatThrownBy(() -> new ResponseApdu(new byte[] {(byte) 0x90}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1");
        assertThatThrownBy(() -> new ResponseApdu(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectReturnsTheStatusAmongThoseExpectedAndNamesTheOperationOtherwise() throws Exception {
        assertThat(ResponseApdu.of(0x63C2).expect("Tries query", StatusWord.COUNTER, StatusWord.OK))
                .isEqualTo(StatusWord.COUNTER);
        assertThat(ResponseApdu.of(new byte[] {1}, 0x9000).expect("READ", StatusWord.OK)).isEqualTo(StatusWord.OK);
        assertThatThrownBy(() -> ResponseApdu.of(0x6A86).expect("SELECT EF JPKI/0018", StatusWord.OK,
                StatusWord.FILE_NOT_FOUND))
                .isInstanceOfSatisfying(CardFaultException.class, e -> {
                    assertThat(e.fault()).isEqualTo(new CardFault.ProtocolError("SELECT EF JPKI/0018", 0x6A86,
                            "unexpected answer"));
                    assertThat(e.getMessage()).isEqualTo("SELECT EF JPKI/0018 failed: SW 6A86 (incorrect P1/P2), "
                            + "unexpected answer");
                });
        assertThatThrownBy(() -> ResponseApdu.of(0x6C04).expect("Tries query", "expected 63Cx", StatusWord.COUNTER))
                .hasMessageEndingWith("expected 63Cx");
    }
}
