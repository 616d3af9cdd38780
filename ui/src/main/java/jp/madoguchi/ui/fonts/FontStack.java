package jp.madoguchi.ui.fonts;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.ui.i18n.Script;

/**
 * The faces text in one script is drawn with. JavaFX draws simple text (Latin, kana, kanji, hangul) with the
 * primary family alone: its own fallback only reaches system fonts, never bundled ones. So the primary covers every
 * character outside Thai and Devanagari, including the Japanese names every language quotes (マイナンバーカード) and
 * Vietnamese diacritics; a Noto Sans CJK face does. Thai and Devanagari runs are shaped by Pango, whose fallback
 * does find the bundled fonts: they come from the fallback faces.
 */
public record FontStack(FontFace primary, List<FontFace> fallbacks) {

    public FontStack {
        fallbacks = List.copyOf(fallbacks);
    }

    public static FontStack of(Script script) {
        return switch (script) {
            case JAPANESE, LATIN -> new FontStack(FontFace.JAPANESE, List.of());
            case SIMPLIFIED_CHINESE -> new FontStack(FontFace.cjk("SC"), List.of());
            case TRADITIONAL_CHINESE -> new FontStack(FontFace.cjk("TC"), List.of());
            case KOREAN -> new FontStack(FontFace.cjk("KR"), List.of());
            case THAI -> new FontStack(FontFace.JAPANESE,
                    List.of(new FontFace("Noto Sans Thai", BundledFont.NOTO_SANS_THAI)));
            case DEVANAGARI -> new FontStack(FontFace.JAPANESE,
                    List.of(new FontFace("Noto Sans Devanagari", BundledFont.NOTO_SANS_DEVANAGARI)));
        };
    }

    /** The primary face first, then the fallbacks in order. */
    public List<FontFace> faces() {
        List<FontFace> faces = new ArrayList<>(1 + fallbacks.size());
        faces.add(primary);
        faces.addAll(fallbacks);
        return faces;
    }
}
