package jp.madoguchi.ui.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a resident can choose, in the order the picker shows them: Japanese first (the default), then the
 * languages of the national foreign-language hotline, then やさしい日本語 as a choice of its own.
 */
public enum KioskLanguage {
    JAPANESE(Locale.JAPANESE, "日本語", Script.JAPANESE, "ja"),
    ENGLISH(Locale.ENGLISH, "English", Script.LATIN, "en"),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "简体中文", Script.SIMPLIFIED_CHINESE, "zh-CN", "zh-Hans", "zh"),
    TRADITIONAL_CHINESE(Locale.TRADITIONAL_CHINESE, "繁體中文", Script.TRADITIONAL_CHINESE, "zh-TW", "zh-Hant"),
    KOREAN(Locale.KOREAN, "한국어", Script.KOREAN, "ko"),
    SPANISH(new Locale("es"), "Español", Script.LATIN, "es"),
    PORTUGUESE(new Locale("pt", "BR"), "Português", Script.LATIN, "pt-BR", "pt"),
    VIETNAMESE(new Locale("vi"), "Tiếng Việt", Script.LATIN, "vi"),
    THAI(new Locale("th"), "ไทย", Script.THAI, "th"),
    // JDK 17 writes Indonesian as "id" (JDK-8267069); "in" is accepted as an alias only.
    INDONESIAN(new Locale("id"), "Bahasa Indonesia", Script.LATIN, "id", "in"),
    TAGALOG(new Locale("tl"), "Tagalog", Script.LATIN, "tl", "fil"),
    // Latin digits: fees, phone numbers and the PIN keys are all shown in Latin digits in Japan.
    NEPALI(Locale.forLanguageTag("ne-u-nu-latn"), "नेपाली", Script.DEVANAGARI, "ne"),
    // Its own variant, so ResourceBundle looks for messages_ja__EASY before plain ja.
    EASY_JAPANESE(new Locale("ja", "", "EASY"), "やさしい日本語", Script.JAPANESE, "ja-EASY", "ja-x-lvariant-EASY");

    private final Locale locale;
    private final String endonym;
    private final Script script;
    private final List<String> tags;

    KioskLanguage(Locale locale, String endonym, Script script, String... tags) {
        this.locale = locale;
        this.endonym = endonym;
        this.script = script;
        this.tags = List.of(tags);
    }

    /** The first language of the picker, and the one every visit starts in. */
    public static KioskLanguage defaultLanguage() {
        return JAPANESE;
    }

    /** Finds a language by a tag as given on the command line ({@code --locale}), case-insensitively. */
    public static Optional<KioskLanguage> forTag(String tag) {
        String wanted = tag.strip().replace('_', '-');
        for (KioskLanguage language : values()) {
            for (String known : language.tags) {
                if (known.equalsIgnoreCase(wanted)) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as the picker shows it whatever the current language is. */
    public String endonym() {
        return endonym;
    }

    public Script script() {
        return script;
    }

    /** The tag to write in configuration and file names, e.g. {@code zh-CN} or {@code ja-EASY}. */
    public String tag() {
        return tags.get(0);
    }
}
