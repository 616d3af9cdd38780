package jp.madoguchi.issuance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Year-end closures and tax-year switching, at their boundary days. */
class CalendarRulesTest {
    @ParameterizedTest(name = "{0}: closed={1}")
    @CsvSource({"2026-12-28, false", "2026-12-29, true", "2026-12-31, true", "2027-01-01, true",
        "2027-01-03, true", "2027-01-04, false", "2026-06-15, false"})
    void defaultYearEndWrapsTheNewYear(LocalDate date, boolean closed) {
        assertThat(YearEndClosure.DEFAULT.contains(date)).isEqualTo(closed);
    }

    @ParameterizedTest(name = "12/28-01/05 at {0}: closed={1}")
    @CsvSource({"2024-12-27, false", "2024-12-28, true", "2025-01-05, true", "2025-01-06, false"})
    void longerClosuresAreConfigurable(LocalDate date, boolean closed) {
        assertThat(new YearEndClosure(MonthDay.of(12, 28), MonthDay.of(1, 5)).contains(date)).isEqualTo(closed);
    }

    @Test
    void noneNeverCloses() {
        assertThat(YearEndClosure.NONE.contains(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @ParameterizedTest(name = "{0}: newest {1}")
    @CsvSource({"2026-05-31, 2025", "2026-06-01, 2026", "2027-01-10, 2026", "2027-06-01, 2027"})
    void theNewTaxYearArrivesOnTheSwitchDate(LocalDate date, int newest) {
        assertThat(new TaxYearPolicy(1, MonthDay.of(6, 1)).newestYear(date)).isEqualTo(newest);
    }

    @Test
    void fourYearsAreListedNewestFirst() {
        assertThat(new TaxYearPolicy(4, MonthDay.of(6, 1)).yearsOn(LocalDate.of(2026, 6, 1)))
                .isEqualTo(List.of(2026, 2025, 2024, 2023));
    }
}
