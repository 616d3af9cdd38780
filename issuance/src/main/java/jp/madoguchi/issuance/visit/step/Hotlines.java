package jp.madoguchi.issuance.visit.step;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.madoguchi.issuance.visit.Language;

/**
 * The national help lines for the My Number card and the order the help screen lists them in: the line that speaks
 * the resident's language first, with that language's hours and whether it answers now, then the others. Where the
 * public sources disagree on hours, docs/domain.md ("Help lines") says which one is followed and when it was read.
 */
public final class Hotlines {
    /** Lines answer by Japan time, whatever the kiosk's clock zone. */
    public static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

    private static final Language JAPANESE = new Language("ja");
    private static final List<Language> FIVE = languages("en", "zh", "ko", "es", "pt");
    private static final List<Language> TEN = languages("en", "zh", "ko", "es", "pt", "vi", "th", "id", "tl", "ne");

    private Hotlines() {}

    /** The help screen for a resident reading {@code language}, as of {@code japanTime}. */
    public static Help help(Language language, LocalDateTime japanTime) {
        Language spoken = primary(language);
        List<Hotline> lines = new ArrayList<>(List.of(japanese(japanTime, spoken), cardForeign(japanTime, spoken),
                systemForeign(japanTime, spoken)));
        // The first line is the one that speaks the resident's language; Japanese otherwise (as before).
        lines.sort((a, b) -> Boolean.compare(!speaks(a, spoken), !speaks(b, spoken)));
        Hotline first = lines.remove(0);
        List<Hotline> ordered = new ArrayList<>();
        ordered.add(only(first, spoken, japanTime));
        ordered.addAll(lines);
        return new Help(ordered, Help.LOST_CARD_STEPS);
    }

    /** マイナンバー総合フリーダイヤル; its lost-card menu answers at any hour (help.lost.step1 says so). */
    private static Hotline japanese(LocalDateTime at, Language spoken) {
        List<HotlineHours> hours = List.of(
                new HotlineHours(List.of(JAPANESE), HoursDays.WEEKDAYS, time(9, 30), time(20, 0)),
                new HotlineHours(List.of(JAPANESE), HoursDays.WEEKENDS_AND_HOLIDAYS, time(9, 30), time(17, 30)));
        List<HotlineHours> centre = List.of(
                new HotlineHours(List.of(JAPANESE), HoursDays.EVERY_DAY, time(8, 30), time(20, 0)));
        return line("0120-95-0178", HotlinePurpose.GENERAL_JAPANESE, true, hours, at, spoken, List.of(
                line("0570-783-578", HotlinePurpose.PAID_FALLBACK, false, centre, at, spoken, List.of()),
                line("050-3818-1250", HotlinePurpose.IP_PHONE, false, centre, at, spoken, List.of())));
    }

    /** The foreign-language line for the card and a lost card, hours as the national leaflets give them. */
    private static Hotline cardForeign(LocalDateTime at, Language spoken) {
        List<HotlineHours> hours = List.of(
                new HotlineHours(FIVE, HoursDays.EVERY_DAY, time(9, 30), time(20, 0)),
                new HotlineHours(languages("th", "ne", "id"), HoursDays.EVERY_DAY, time(9, 30), time(18, 0)),
                new HotlineHours(languages("vi", "tl"), HoursDays.EVERY_DAY, time(10, 0), time(19, 0)));
        List<HotlineHours> centre = List.of(
                new HotlineHours(FIVE, HoursDays.EVERY_DAY, time(8, 30), time(20, 0)),
                new HotlineHours(languages("th", "ne", "id", "vi", "tl"), HoursDays.EVERY_DAY, time(9, 0),
                        time(18, 0)));
        return line("0120-0178-27", HotlinePurpose.CARD_FOREIGN, true, hours, at, spoken, List.of(
                line("0570-064-738", HotlinePurpose.PAID_FALLBACK, false, centre, at, spoken, List.of()),
                line("050-3818-1250", HotlinePurpose.IP_PHONE, false, centre, at, spoken, List.of())));
    }

    private static Hotline systemForeign(LocalDateTime at, Language spoken) {
        List<HotlineHours> hours = List.of(
                new HotlineHours(TEN, HoursDays.WEEKDAYS, time(9, 30), time(20, 0)),
                new HotlineHours(TEN, HoursDays.WEEKENDS_AND_HOLIDAYS, time(9, 30), time(17, 30)));
        return line("0120-0178-26", HotlinePurpose.SYSTEM_FOREIGN, true, hours, at, spoken, List.of());
    }

    /** The resident's own line shows only the hours in their language, with its fallbacks likewise. */
    private static Hotline only(Hotline line, Language spoken, LocalDateTime at) {
        List<HotlineHours> own = line.hours().stream().filter(h -> h.serves(spoken)).toList();
        List<Hotline> fallbacks = line.fallbacks().stream().map(f -> only(f, spoken, at)).toList();
        return new Hotline(line.number(), line.purpose(), line.free(), own.isEmpty() ? line.hours() : own,
                line.openNow(), fallbacks);
    }

    private static Hotline line(String number, HotlinePurpose purpose, boolean free, List<HotlineHours> hours,
            LocalDateTime at, Language spoken, List<Hotline> fallbacks) {
        boolean serves = hours.stream().anyMatch(h -> h.serves(spoken));
        boolean open = hours.stream().filter(h -> !serves || h.serves(spoken)).anyMatch(h -> h.open(at));
        return new Hotline(number, purpose, free, hours, open, fallbacks);
    }

    private static boolean speaks(Hotline line, Language spoken) {
        return line.hours().stream().anyMatch(h -> h.serves(spoken));
    }

    /** The lines name languages by their primary subtag: zh-TW is spoken on the 中文 line, ja-EASY on the Japanese. */
    public static Language primary(Language language) {
        return new Language(language.tag().split("-")[0]);
    }

    private static List<Language> languages(String... tags) {
        return Arrays.stream(tags).map(Language::new).toList();
    }

    private static LocalTime time(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}
