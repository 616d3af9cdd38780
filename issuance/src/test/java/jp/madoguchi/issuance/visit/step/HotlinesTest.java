package jp.madoguchi.issuance.visit.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import jp.madoguchi.issuance.visit.Language;
import org.junit.jupiter.api.Test;

/** The resident's language's line first, with its own hours, whether it answers now, and the paid fallbacks. */
class HotlinesTest {
    /** Tuesday 24 November 2026, a weekday. */
    private static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 11, 24, 10, 30);

    @Test
    void vietnameseGetsTheForeignCardLineWithVietnameseHours() {
        Hotline line = Hotlines.help(new Language("vi"), TUESDAY).yourLine();

        assertThat(line.number()).isEqualTo("0120-0178-27");
        assertThat(line.free()).isTrue();
        assertThat(line.hours()).singleElement().satisfies(h -> {
            assertThat(h.opens()).isEqualTo(LocalTime.of(10, 0));
            assertThat(h.closes()).isEqualTo(LocalTime.of(19, 0));
        });
        assertThat(line.openNow()).isTrue();
        assertThat(line.fallbacks()).extracting(Hotline::number).containsExactly("0570-064-738", "050-3818-1250");
        assertThat(line.fallbacks()).allMatch(f -> !f.free());
    }

    @Test
    void aLineClosedForTheResidentsLanguageSaysSoWhileItStillAnswersOthers() {
        LocalDateTime evening = TUESDAY.withHour(19).withMinute(30);

        assertThat(Hotlines.help(new Language("vi"), evening).yourLine().openNow()).isFalse();
        assertThat(Hotlines.help(new Language("pt-BR"), evening).yourLine().openNow()).isTrue();
        assertThat(Hotlines.help(new Language("th"), evening).yourLine().hours().get(0).closes())
                .isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void japaneseAndEasyJapaneseGetTheJapaneseLineWithItsPaidNumbers() {
        for (String tag : new String[] {"ja", "ja-EASY"}) {
            Help help = Hotlines.help(new Language(tag), TUESDAY);
            assertThat(help.yourLine().number()).isEqualTo("0120-95-0178");
            assertThat(help.yourLine().fallbacks()).extracting(Hotline::number)
                    .containsExactly("0570-783-578", "050-3818-1250");
            assertThat(help.hotlines()).extracting(Hotline::number)
                    .containsExactly("0120-95-0178", "0120-0178-27", "0120-0178-26");
        }
    }

    @Test
    void weekendHoursAndTheYearEndClosure() {
        LocalDateTime saturdayEvening = LocalDateTime.of(2026, 11, 28, 18, 0);
        assertThat(Hotlines.help(Language.JAPANESE, saturdayEvening).yourLine().openNow()).isFalse();
        assertThat(Hotlines.help(Language.JAPANESE, saturdayEvening.withHour(17)).yourLine().openNow()).isTrue();
        assertThat(Hotlines.help(new Language("en"), LocalDateTime.of(2026, 12, 30, 12, 0)).yourLine().openNow())
                .isFalse();
    }

    @Test
    void everyOtherLineFollowsTheResidentsOwn() {
        Help help = Hotlines.help(new Language("ko"), TUESDAY);

        assertThat(help.hotlines()).extracting(Hotline::number)
                .containsExactly("0120-0178-27", "0120-0178-26", "0120-95-0178");
    }
}
