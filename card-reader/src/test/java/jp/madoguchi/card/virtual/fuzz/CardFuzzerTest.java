package jp.madoguchi.card.virtual.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The seeded short form of {@code ./madoguchi bench fuzz-card}: every figure that must be zero is zero. */
class CardFuzzerTest {
    private static final long CASES = 20_000;

    @Test
    void twentyThousandMalformedCardsNeitherCrashNorHangNorCostATry() throws Exception {
        FuzzFigures figures = new CardFuzzer(20261204L).run(CASES, 1, Duration.ofSeconds(10));

        assertThat(figures.failures()).as(String.join("\n", figures.lines())).isEmpty();
        assertThat(figures.runs()).isEqualTo(CASES);
        assertThat(figures.crashes()).isZero();
        assertThat(figures.hangs()).isZero();
        assertThat(figures.unpermitted()).isZero();
        assertThat(figures.consumed()).isZero();
        // The run really reached the card and the PIN path: every mutation fired, PINs went out and were refused.
        assertThat(figures.applied().values()).allSatisfy(fired -> assertThat(fired).isGreaterThan(50));
        assertThat(figures.verifies()).isGreaterThan(CASES / 5);
        assertThat(figures.outcomes()).containsKeys("Verified", "WrongPin", "Blocked", "ConfirmationRequired",
                "TriesUnknown", "Unconfirmed", "FormatRejected", "read", "fault ProtocolError", "fault CardRemoved",
                "fault Unresponsive", "fault NotMyNumberCard");
    }
}
