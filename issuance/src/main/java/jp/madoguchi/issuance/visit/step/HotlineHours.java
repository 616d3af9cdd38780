package jp.madoguchi.issuance.visit.step;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.visit.Language;

/** When a line answers in {@code languages}: on {@code days}, from {@code opens} to {@code closes} (Japan time). */
public record HotlineHours(List<Language> languages, HoursDays days, LocalTime opens, LocalTime closes) {
    public HotlineHours {
        languages = List.copyOf(languages);
        Objects.requireNonNull(days, "days");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opens " + opens + " not before closes " + closes);
        }
    }

    public boolean open(LocalDateTime japanTime) {
        LocalTime time = japanTime.toLocalTime();
        return days.includes(japanTime.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    public boolean serves(Language language) {
        return languages.contains(language);
    }
}
