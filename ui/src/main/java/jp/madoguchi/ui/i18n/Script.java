package jp.madoguchi.ui.i18n;

/**
 * The writing system a language is shown in. It decides the font: a Japanese and a Chinese 直 are different glyphs,
 * so the CJK languages each get their own regional face. The style class goes on the scene root and on endonyms.
 */
public enum Script {
    JAPANESE("script-ja"),
    SIMPLIFIED_CHINESE("script-zh-hans"),
    TRADITIONAL_CHINESE("script-zh-hant"),
    KOREAN("script-ko"),
    LATIN("script-latin"),
    THAI("script-thai"),
    DEVANAGARI("script-devanagari");

    private final String styleClass;

    Script(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
