package jp.madoguchi.issuance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceHoursTest {
    private static final TimeWindow OFFICE = new TimeWindow(8 * 60 + 30, 17 * 60 + 15);
    private static final TimeWindow STANDARD = new TimeWindow(6 * 60 + 30, 23 * 60);

    private static final ServiceHours WEEKDAYS = new ServiceHours(Map.of(DaySelector.WEEKDAYS, DayHours.of(OFFICE)));
    private static final ServiceHours MIXED = new ServiceHours(Map.of(DaySelector.DAILY, DayHours.of(STANDARD),
            DaySelector.SUNDAY, DayHours.CLOSED, DaySelector.HOLIDAYS, DayHours.of(OFFICE)));

    @ParameterizedTest(name = "weekdays 08:30-17:15 at {0}: {1}")
    @CsvSource({
        "2026-11-20T08:29:59, false", "2026-11-20T08:30:00, true", "2026-11-20T17:14:59, true",
        "2026-11-20T17:15:00, false", "2026-11-21T10:00:00, false", "2026-11-23T10:00:00, false",
        "2026-11-24T10:00:00, true",
    })
    void weekdaysOnlyClosesOnWeekendsAndHolidays(LocalDateTime time, boolean open) {
        assertThat(WEEKDAYS.isOpen(time)).isEqualTo(open);
    }

    @ParameterizedTest(name = "daily, closed Sundays, office hours on holidays, at {0}: {1}")
    @CsvSource({
        "2026-11-21T06:30:00, true", "2026-11-22T10:00:00, false", "2026-11-23T07:00:00, false",
        "2026-11-23T09:00:00, true", "2026-11-24T22:59:59, true",
    })
    void theMostSpecificSelectorWins(LocalDateTime time, boolean open) {
        assertThat(MIXED.isOpen(time)).isEqualTo(open);
    }

    @Test
    void describesWhatWasDeclaredInSelectorOrder() {
        assertThat(WEEKDAYS.describe()).isEqualTo("weekdays 08:30-17:15");
        assertThat(MIXED.describe()).isEqualTo("daily 06:30-23:00, holidays 08:30-17:15, sunday closed");
    }
}
