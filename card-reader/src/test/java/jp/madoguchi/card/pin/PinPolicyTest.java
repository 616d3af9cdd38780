package jp.madoguchi.card.pin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import jp.madoguchi.card.pin.PinPolicy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every tries state × every input class × confirmation, for each PIN kind. */
class PinPolicyTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // kind, input, triesLeft, confirmed, expected
                Arguments.of(PinKind.AUTH, "1234", 3, false, Decision.SEND),
                Arguments.of(PinKind.AUTH, "1234", 2, false, Decision.SEND),
                Arguments.of(PinKind.AUTH, "1234", 1, false, Decision.NEEDS_CONFIRMATION),
                Arguments.of(PinKind.AUTH, "1234", 1, true, Decision.SEND),
                Arguments.of(PinKind.AUTH, "1234", 0, true, Decision.REFUSE_BLOCKED),
                Arguments.of(PinKind.AUTH, "123", 3, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.AUTH, "12345", 1, true, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.AUTH, "12a4", 2, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.AUTH, "", 3, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.AUTH, "123", 0, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.KENHOJO, "0000", 3, false, Decision.SEND),
                Arguments.of(PinKind.KENHOJO, "000O", 3, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.SIGN, "ABC123", 5, false, Decision.SEND),
                Arguments.of(PinKind.SIGN, "abc123", 4, false, Decision.SEND),
                Arguments.of(PinKind.SIGN, "ABC12", 5, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.SIGN, "A".repeat(16), 2, false, Decision.SEND),
                Arguments.of(PinKind.SIGN, "A".repeat(17), 2, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.SIGN, "ABC-123", 5, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.SIGN, "ＡＢＣ１２３", 5, false, Decision.REFUSE_FORMAT),
                Arguments.of(PinKind.SIGN, "ABC123", 1, false, Decision.NEEDS_CONFIRMATION),
                Arguments.of(PinKind.SIGN, "ABC123", 1, true, Decision.SEND),
                Arguments.of(PinKind.SIGN, "ABC123", 0, true, Decision.REFUSE_BLOCKED));
    }

    @ParameterizedTest(name = "{0} \"{1}\" with {2} tries, confirmed={3} -> {4}")
    @MethodSource("cases")
    void decides(PinKind kind, String input, int tries, boolean confirmed, Decision expected) {
        char[] chars = input.toCharArray();
        Pin.Result result = Pin.of(kind, chars);
        assertThat(PinPolicy.decide(new PinTries(kind, tries), result, confirmed)).isEqualTo(expected);
        assertThat(new String(chars).chars()).allMatch(c -> c == 0);
        if (result.ok()) {
            result.pin().close();
        }
    }
}
