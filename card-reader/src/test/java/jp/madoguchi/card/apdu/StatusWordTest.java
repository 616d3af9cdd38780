package jp.madoguchi.card.apdu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordTest {
    @ParameterizedTest
    @CsvSource({
        "9000, OK, 0", "6110, MORE_DATA, 16", "6C6F, WRONG_LE, 111", "63C3, COUNTER, 3", "63C0, COUNTER, 0",
        "6300, NO_RETRY_LIMIT, 0", "6982, SECURITY_NOT_SATISFIED, 0", "6983, AUTH_METHOD_BLOCKED, 0",
        "6984, REFERENCE_DATA_BLOCKED, 0", "6A82, FILE_NOT_FOUND, 0", "6A86, WRONG_P1P2, 0",
        "6B00, OFFSET_OUT_OF_RANGE, 0", "6700, WRONG_LENGTH, 0", "6985, CONDITIONS_NOT_SATISFIED, 0",
        "6D00, INS_NOT_SUPPORTED, 0", "6E00, CLA_NOT_SUPPORTED, 0", "6F00, UNKNOWN, 0", "63D1, UNKNOWN, 0"
    })
    void mapsEveryWordTheKioskActsOn(String hex, StatusWord expected, int parameter) {
        int sw = Integer.parseInt(hex, 16);
        assertThat(StatusWord.of(sw)).isEqualTo(expected);
        if (expected != StatusWord.UNKNOWN) {
            assertThat(StatusWord.parameter(sw)).isEqualTo(parameter);
            assertThat(expected.matches(sw)).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"6983, true", "6984, true", "63C0, false", "6982, false"})
    void knowsWhichWordsMeanBlocked(String hex, boolean blocked) {
        assertThat(StatusWord.of(Integer.parseInt(hex, 16)).isBlocked()).isEqualTo(blocked);
    }

    @ParameterizedTest
    @CsvSource({"6A82, '6A82 (file or application not found)'", "1234, '1234 (unknown status word)'"})
    void describesForMessages(String hex, String text) {
        assertThat(StatusWord.describe(Integer.parseInt(hex, 16))).isEqualTo(text);
    }
}
