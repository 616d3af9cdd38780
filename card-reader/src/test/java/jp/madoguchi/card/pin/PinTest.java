package jp.madoguchi.card.pin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinTest {
    @Test
    void upperCasesTheSignaturePasswordAndWipesTheInput() {
        char[] input = "abc123".toCharArray();
        Pin.Result result = Pin.of(PinKind.SIGN, input);
        assertThat(result.ok()).isTrue();
        assertThat(new String(result.pin().asciiCopy(), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("ABC123");
        assertThat(input).containsOnly('\0');
    }

    @Test
    void namesTheFormatProblem() {
        assertThat(Pin.of(PinKind.AUTH, "12".toCharArray()).problem()).isEqualTo(Pin.FormatProblem.TOO_SHORT);
        assertThat(Pin.of(PinKind.AUTH, "12345".toCharArray()).problem()).isEqualTo(Pin.FormatProblem.TOO_LONG);
        assertThat(Pin.of(PinKind.AUTH, "12x4".toCharArray()).problem()).isEqualTo(Pin.FormatProblem.NOT_DIGITS);
        assertThat(Pin.of(PinKind.SIGN, "ABC_123".toCharArray()).problem())
                .isEqualTo(Pin.FormatProblem.NOT_ALPHANUMERIC);
        assertThat(Pin.of(PinKind.AUTH, null).problem()).isEqualTo(Pin.FormatProblem.TOO_SHORT);
    }

    @Test
    void neverShowsItsValueAndWipesOnClose() {
        Pin pin = Pin.of(PinKind.AUTH, "9876".toCharArray()).pin();
        assertThat(pin.toString()).doesNotContain("9876").contains("****");
        assertThat(Pin.of(PinKind.AUTH, "9876".toCharArray()).toString()).doesNotContain("9876");
        byte[] copy = pin.asciiCopy();
        pin.close();
        assertThat(pin.asciiCopy()).containsOnly(0);
        assertThat(copy).containsExactly('9', '8', '7', '6');
    }

    @Test
    void triesKnowTheirState() {
        assertThat(new PinTries(PinKind.AUTH, 0).blocked()).isTrue();
        assertThat(new PinTries(PinKind.AUTH, 1).lastTry()).isTrue();
        assertThat(new PinTries(PinKind.SIGN, 5).full()).isTrue();
        assertThat(new PinTries(PinKind.SIGN, 4).full()).isFalse();
    }
}
