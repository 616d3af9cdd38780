package jp.madoguchi.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KioskLanguageTest {

    @Test
    void pickerOrderIsJapaneseFirstAndEasyJapaneseLast() {
        assertThat(Arrays.stream(KioskLanguage.values()).map(KioskLanguage::tag)).containsExactly(
                "ja", "en", "zh-CN", "zh-TW", "ko", "es", "pt-BR", "vi", "th", "id", "tl", "ne", "ja-EASY");
        assertThat(KioskLanguage.defaultLanguage()).isEqualTo(KioskLanguage.JAPANESE);
    }

    @Test
    void endonymsAreTheLanguagesOwnNames() {
        assertThat(Arrays.stream(KioskLanguage.values()).map(KioskLanguage::endonym)).containsExactly(
                "日本語", "English", "简体中文", "繁體中文", "한국어", "Español", "Português", "Tiếng Việt", "ไทย",
                "Bahasa Indonesia", "Tagalog", "नेपाली", "やさしい日本語");
    }

    @ParameterizedTest
    @CsvSource({"ja,JAPANESE", "EN,ENGLISH", "zh_CN,SIMPLIFIED_CHINESE", "zh-Hant,TRADITIONAL_CHINESE",
            "pt,PORTUGUESE", "in,INDONESIAN", "fil,TAGALOG", "ne,NEPALI", "ja-easy,EASY_JAPANESE"})
    void findsALanguageByItsTagOrAnAlias(String tag, KioskLanguage expected) {
        assertThat(KioskLanguage.forTag(tag)).contains(expected);
    }

    @Test
    void anUnknownTagIsNoLanguage() {
        assertThat(KioskLanguage.forTag("fr")).isEmpty();
    }

    @Test
    void indonesianUsesTheModernCodeOnJdk17() {
        assertThat(KioskLanguage.INDONESIAN.locale().getLanguage()).isEqualTo("id");
    }

    @Test
    void easyJapaneseResolvesToItsOwnBundleNotToPlainJapanese() {
        ResourceBundle easy = KioskBundles.load(KioskLanguage.EASY_JAPANESE);
        ResourceBundle japanese = KioskBundles.load(KioskLanguage.JAPANESE);

        assertThat(easy.getLocale()).isEqualTo(new Locale("ja", "", "EASY"));
        assertThat(japanese.getLocale()).isEqualTo(Locale.JAPANESE);
        assertThat(easy.getString("pin.title")).isNotEqualTo(japanese.getString("pin.title"));
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void eachLanguageLoadsItsOwnFileWhateverTheJvmDefaultLocale(KioskLanguage language) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(KioskBundles.load(language).getLocale()).isEqualTo(language.locale().stripExtensions());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
