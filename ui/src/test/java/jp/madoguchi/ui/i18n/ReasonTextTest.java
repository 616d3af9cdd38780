package jp.madoguchi.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.engine.ReasonMessages;
import jp.madoguchi.issuance.visit.step.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rules-engine reason has a kiosk text, with the engine's named parameters in the bundle's positions. */
class ReasonTextTest {
    private static final BundleFile JAPANESE = BundleFile.japanese();

    @Test
    void everyEngineReasonKeyHasAKioskTextInTheBundles() throws IOException {
        Properties engine = new Properties();
        try (InputStream in = ReasonMessages.class.getResourceAsStream("reasons.properties")) {
            engine.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : engine.stringPropertyNames()) {
            assertThat(ReasonText.knows(key)).as(key).isTrue();
            String bundleKey = ReasonText.of(new Reason("r", key, Map.of())).key();
            assertThat(JAPANESE.messages()).as("%s → %s", key, bundleKey).containsKey(bundleKey);
        }
    }

    @Test
    void weekdayHoursReadAsWeekdaysOnlyAndDailyHoursAsOutsideHours() {
        assertThat(ReasonText.of(hours("weekdays 08:30-17:15")))
                .isEqualTo(Message.of("reason.weekdaysOnly", "08:30", "17:15"));
        assertThat(ReasonText.of(hours("daily 06:30-23:00")))
                .isEqualTo(Message.of("reason.outsideHours", "06:30", "23:00"));
        assertThat(ReasonText.of(hours("weekdays 08:30-17:15, saturday 09:00-12:00")))
                .isEqualTo(Message.of("reason.outsideHours", "08:30", "17:15"));
    }

    @Test
    void aDayWithABreakKeepsItsLaterWindowsInTheSecondArgument() {
        assertThat(ReasonText.of(hours("weekdays 08:30-12:00,13:00-17:15")))
                .isEqualTo(Message.of("reason.weekdaysOnly", "08:30", "12:00, 13:00–17:15"));
        assertThat(ReasonText.of(hours("daily 08:30-12:00,13:00-17:15,18:00-20:00, sunday closed")))
                .isEqualTo(Message.of("reason.outsideHours", "08:30", "12:00, 13:00–17:15, 18:00–20:00"));
    }

    @Test
    void numbersAndDatesComeFromTheNamedParameters() {
        assertThat(ReasonText.of(new Reason("r", "age.below-minimum", Map.of("minimumAge", "15", "age", "12"))))
                .isEqualTo(Message.of("reason.underMinimumAge", 15));
        assertThat(ReasonText.of(new Reason("r", "tax.not-on-record", Map.of("year", "2025"))))
                .isEqualTo(Message.of("reason.taxNotOnRecord", 2025));
        assertThat(ReasonText.of(new Reason("r", "closed.maintenance", Map.of("until", "2026-12-01T06:00"))))
                .isEqualTo(Message.of("reason.closedMaintenance", "2026-12-01 06:00"));
    }

    @Test
    void theLeadTimeHolidaysAndAnotherYearEndAreSaidAsTheRulesSay() {
        assertThat(ReasonText.of(new Reason("r", "registration.honseki-use-missing", Map.of("businessDays", "5"))))
                .isEqualTo(Message.of("reason.domicileNotRegisteredAbout", "5"));
        assertThat(ReasonText.of(new Reason("r", "registration.honseki-use-missing", Map.of("businessDays", "1-3"))))
                .isEqualTo(Message.of("reason.domicileNotRegistered", "1–3"));
        assertThat(ReasonText.of(new Reason("r", "hours.holiday", Map.of("date", "2026-11-23"))))
                .isEqualTo(Message.of("reason.closedHoliday"));
        assertThat(ReasonText.of(new Reason("r", "closed.year-end", Map.of("period", "12/29-01/03"))).key())
                .isEqualTo("reason.closedYearEnd");
        assertThat(ReasonText.of(new Reason("r", "closed.year-end", Map.of("period", "12/28-01/05"))).key())
                .as("the bundles' text names 12/29-1/3").isEqualTo("reason.closedNewYear");
    }

    /** 帯広市's 約5営業日 is approximate: every language keeps the "about", and a range never gets one. */
    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void aLeadTimeOfOneNumberIsSaidAsApproximateInEveryLanguage(KioskLanguage language) {
        Map<String, String> messages = BundleFile.of(language).messages();
        String about = MessageFormat.format(messages.get(ReasonText.of(new Reason("r",
                "registration.honseki-use-missing", Map.of("businessDays", "5"))).key()), "5");
        String range = MessageFormat.format(messages.get(ReasonText.of(new Reason("r",
                "registration.honseki-use-missing", Map.of("businessDays", "1-3"))).key()), "1–3");
        String word = APPROXIMATELY.get(language);

        assertThat(word).as("the word for 'about' in %s", language).isNotNull();
        assertThat(about).as(language.toString()).contains(word).contains("5");
        assertThat(range).as(language.toString()).doesNotContain(word).contains("1–3");
    }

    private static final Map<KioskLanguage, String> APPROXIMATELY = Map.ofEntries(
            Map.entry(KioskLanguage.JAPANESE, "約"), Map.entry(KioskLanguage.EASY_JAPANESE, "ぐらい"),
            Map.entry(KioskLanguage.ENGLISH, "about"), Map.entry(KioskLanguage.SIMPLIFIED_CHINESE, "大约"),
            Map.entry(KioskLanguage.TRADITIONAL_CHINESE, "大約"), Map.entry(KioskLanguage.KOREAN, "약"),
            Map.entry(KioskLanguage.SPANISH, "unos"), Map.entry(KioskLanguage.PORTUGUESE, "cerca de"),
            Map.entry(KioskLanguage.VIETNAMESE, "khoảng"), Map.entry(KioskLanguage.THAI, "ประมาณ"),
            Map.entry(KioskLanguage.INDONESIAN, "sekitar"), Map.entry(KioskLanguage.TAGALOG, "humigit-kumulang"),
            Map.entry(KioskLanguage.NEPALI, "लगभग"));

    @Test
    void anUnknownReasonStillSaysNo() {
        assertThat(ReasonText.of(new Reason("r", "something.new", Map.of())).key()).isEqualTo("reason.notOffered");
        assertThat(ReasonText.knows("something.new")).isFalse();
    }

    private static Reason hours(String description) {
        return new Reason("284645:koseki-zenbu:hours", "hours.outside", Map.of("hours", description));
    }
}
