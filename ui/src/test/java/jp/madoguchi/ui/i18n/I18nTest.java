package jp.madoguchi.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class I18nTest {
    private final I18n i18n = new I18n();

    @Test
    void startsInJapaneseAndFormatsArguments() {
        assertThat(i18n.language()).isEqualTo(KioskLanguage.JAPANESE);
        assertThat(i18n.tr("pin.wrong", 2)).isEqualTo("暗証番号が違います。あと2回入力できます。");
        assertThat(i18n.tr("confirm.feeTotal", 1200)).isEqualTo("手数料 合計 1,200円");
    }

    @Test
    void keepsTheApostropheThatMessageFormatWouldEat() {
        i18n.setLanguage(KioskLanguage.ENGLISH);
        assertThat(i18n.tr("take.reminder")).isEqualTo("Don't forget your certificates.");
    }

    @Test
    void choosesSingularOrPluralWhereTheLanguageHasThem() {
        i18n.setLanguage(KioskLanguage.ENGLISH);
        assertThat(i18n.tr("common.copies", 1)).isEqualTo("1 copy");
        assertThat(i18n.tr("common.copies", 3)).isEqualTo("3 copies");
    }

    @Test
    void nepaliShowsFeesInLatinDigitsLikeEverythingElseInTheStore() {
        i18n.setLanguage(KioskLanguage.NEPALI);
        assertThat(i18n.tr("common.yen", 1200)).contains("1,200");
    }

    @Test
    void yearsAreNotGroupedLikeAmounts() {
        i18n.setLanguage(KioskLanguage.ENGLISH);
        assertThat(i18n.tr("options.taxYear", 2026)).isEqualTo("Fiscal year 2026");
    }

    @Test
    void aMissingKeyShowsTheKeyAndIsLoggedOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(I18n.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            assertThat(i18n.tr("no.such.key", 1)).isEqualTo("no.such.key");
            assertThat(i18n.tr("no.such.key")).isEqualTo("no.such.key");

            assertThat(appender.list).hasSize(1);
            assertThat(appender.list.get(0).getFormattedMessage()).contains("no.such.key", "ja");
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void aBoundTextFollowsTheLanguage() {
        StringBinding title = i18n.text("pin.title");
        assertThat(title.get()).isEqualTo("暗証番号を入力してください");

        i18n.setLanguage(KioskLanguage.KOREAN);

        assertThat(title.get()).isEqualTo(i18n.format(KioskLanguage.KOREAN, "pin.title"));
        assertThat(title.get()).isNotEqualTo("暗証番号を入力してください");
    }

    @Test
    void aBoundTextFollowsAnObservableArgument() {
        SimpleIntegerProperty triesLeft = new SimpleIntegerProperty(3);
        StringBinding text = i18n.text("pin.triesLeft", triesLeft);
        assertThat(text.get()).contains("3");

        triesLeft.set(1);

        assertThat(text.get()).isEqualTo("あと1回入力できます。");
    }

    @Test
    void writesDatesTheWayTheLanguageDoes() {
        LocalDate expiry = LocalDate.of(2027, 3, 31);
        assertThat(i18n.date(expiry)).isEqualTo("2027年3月31日");
        i18n.setLanguage(KioskLanguage.ENGLISH);
        assertThat(i18n.date(expiry)).isEqualTo("March 31, 2027");
    }
}
