package jp.madoguchi.issuance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityCodeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "28464, 284645", // 播磨町
        "01224, 012246", // 千歳市
        "46201, 462012", // 鹿児島市
        "40625, 406252", // みやこ町
        "13000, 130001", // 東京都
        "01100, 011002", // 札幌市
        "284645, 284645",
    })
    void completesAndVerifiesTheCheckDigit(String given, String sixDigits) {
        assertThat(MunicipalityCode.parse(given).value()).isEqualTo(sixDigits);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "284640 | has check digit 0, expected 5",
        "2846   | must be 5 or 6 digits",
        "28464a | must be 5 or 6 digits",
        "２８４６４ | must be 5 or 6 digits",
        "48201  | has no prefecture 48",
        "00100  | has no prefecture 00",
    })
    void explainsWhatIsWrong(String given, String message) {
        assertThat(MunicipalityCode.problemWith(given)).contains(message);
        assertThatThrownBy(() -> MunicipalityCode.parse(given)).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0", "10, 1", "2, 9"})
    void remainderZeroAndOneWrapToOneAndZero(int remainder, int checkDigit) {
        // Find a five-digit code with the wanted remainder, so both wrap-around cases are covered.
        for (int n = 1000; n < 48000; n++) {
            String five = String.format("%05d", n);
            int sum = 0;
            int[] weights = {6, 5, 4, 3, 2};
            for (int i = 0; i < 5; i++) {
                sum += (five.charAt(i) - '0') * weights[i];
            }
            if (sum % 11 == remainder) {
                assertThat(MunicipalityCode.checkDigit(five)).isEqualTo(checkDigit);
                return;
            }
        }
        throw new AssertionError("no code with remainder " + remainder);
    }
}
