package jp.madoguchi.issuance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalHolidaysTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2026-01-01, 元日",
        "2026-01-12, 成人の日 (2nd Monday)",
        "2026-02-23, 天皇誕生日",
        "2026-03-20, 春分の日",
        "2026-05-06, 振替休日 for 5/3 on a Sunday",
        "2026-07-20, 海の日 (3rd Monday)",
        "2026-09-21, 敬老の日",
        "2026-09-22, 国民の休日 between 敬老の日 and 秋分の日",
        "2026-09-23, 秋分の日",
        "2026-10-12, スポーツの日",
        "2026-11-23, 勤労感謝の日",
        "2027-03-21, 春分の日 (a Sunday)",
        "2027-03-22, 振替休日",
        "2020-07-24, スポーツの日 moved for the Olympics",
        "2021-08-09, 振替休日 for 山の日 moved to Sunday 8/8",
    })
    void knowsTheHoliday(LocalDate date, String name) {
        assertThat(NationalHolidays.isHoliday(date)).as(name).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2026-11-24, an ordinary Tuesday",
        "2026-12-29, year-end days are closures, not holidays",
        "2020-10-12, スポーツの日 was moved away in 2020",
        "2026-05-07, after the substitute day",
    })
    void ordinaryDaysAreNotHolidays(LocalDate date, String why) {
        assertThat(NationalHolidays.isHoliday(date)).as(why).isFalse();
    }

    @Test
    void year2026HasEighteenHolidays() {
        assertThat(NationalHolidays.of(2026)).hasSize(18);
    }
}
