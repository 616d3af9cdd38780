package jp.madoguchi.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffGestureTest {
    private static final long MS = 1_000_000L;
    private final StaffGesture gesture = new StaffGesture();

    @Test
    void fiveTapsWithinThreeSecondsOpenAndTheCountStartsOver() {
        for (int i = 0; i < 4; i++) {
            assertThat(gesture.tap(i * 500 * MS)).isFalse();
        }
        assertThat(gesture.tap(2_000 * MS)).isTrue();
        assertThat(gesture.tap(2_100 * MS)).isFalse();
    }

    @Test
    void tapsOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            gesture.tap(i * 100 * MS);
        }
        assertThat(gesture.tap(3_500 * MS)).isFalse();
        for (int i = 1; i <= 3; i++) {
            assertThat(gesture.tap((3_500 + i * 100) * MS)).isFalse();
        }
        assertThat(gesture.tap(3_900 * MS)).isTrue();
    }
}
