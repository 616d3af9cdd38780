package jp.madoguchi.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class StaffPinHashTest {
    private static final StaffPinHash HASH = StaffPinHash.create("482913".toCharArray(), new SecureRandom());

    @Test
    void theRightPinMatchesAndTheArrayIsWiped() {
        char[] pin = "482913".toCharArray();

        assertThat(HASH.matches(pin)).isTrue();
        assertThat(pin).containsOnly('\0');
    }

    @Test
    void aWrongPinDoesNotMatch() {
        assertThat(HASH.matches("482914".toCharArray())).isFalse();
    }

    @Test
    void theEncodedFormReadsBackAndNeverContainsThePin() {
        String encoded = HASH.encoded();

        assertThat(encoded).startsWith("pbkdf2-sha256:210000:").doesNotContain("482913");
        assertThat(StaffPinHash.parse(encoded).matches("482913".toCharArray())).isTrue();
        assertThat(HASH.toString()).doesNotContain(encoded.substring(encoded.lastIndexOf(':') + 1));
    }

    @Test
    void refusesMalformedHashesAndPinsOfTheWrongShape() {
        assertThatThrownBy(() -> StaffPinHash.parse("sha1:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffPinHash.parse("pbkdf2-sha256:10:AAAA:AAAA"))
                .hasMessageContaining("iterations");
        assertThatThrownBy(() -> StaffPinHash.create("1234".toCharArray(), new SecureRandom()))
                .hasMessageContaining("6 digits");
    }
}
