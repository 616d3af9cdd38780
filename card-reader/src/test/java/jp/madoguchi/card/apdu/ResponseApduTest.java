package jp.madoguchi.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
