package jp.madoguchi.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinBufferTest {
    private final char[] storage = new char[4];
    private final PinBuffer buffer = new PinBuffer(storage);

    @Test
    void keepsDigitsUpToItsCapacity() {
        for (char digit : "123456".toCharArray()) {
            buffer.append(digit);
        }
        assertThat(buffer.length()).isEqualTo(4);
        assertThat(buffer.isFull()).isTrue();
        assertThat(storage).containsExactly('1', '2', '3', '4');
    }

    @Test
    void refusesAnythingButDigits() {
        assertThat(buffer.append('a')).isFalse();
        assertThat(buffer.append('٣')).isFalse();
        assertThat(buffer.length()).isZero();
    }

    @Test
    void backZeroesTheDigitItRemoves() {
        buffer.append('7');
        buffer.append('8');

        buffer.back();

        assertThat(buffer.length()).isEqualTo(1);
        assertThat(storage).containsExactly('7', '\0', '\0', '\0');
    }

    @Test
    void clearWipesEverything() {
        buffer.append('1');
        buffer.append('2');

        buffer.clear();

        assertThat(buffer.length()).isZero();
        assertThat(storage).containsOnly('\0');
    }

    @Test
    void takeHandsOverACopyAndWipesTheBuffer() {
        for (char digit : "2468".toCharArray()) {
            buffer.append(digit);
        }

        char[] taken = buffer.take();

        assertThat(taken).containsExactly('2', '4', '6', '8');
        assertThat(taken).isNotSameAs(storage);
        assertThat(storage).containsOnly('\0');
        assertThat(buffer.length()).isZero();
    }
}
