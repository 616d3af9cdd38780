package jp.madoguchi.ui.fonts;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.ui.i18n.Script;

/**
 * The faces text in one script is drawn with: the primary family that {@code kiosk.css} sets for the script, then
 * the faces JavaFX falls back to for characters the primary lacks. Noto Sans Thai and Noto Sans Devanagari have no
 * Latin letters (Thai not even digits), so "PIN", phone numbers and fees come from Noto Sans; and every language
 * quotes Japanese names (マイナンバーカード, 住民票の写し) that only the Japanese face draws the Japanese way.
 */
public record FontStack(FontFace primary, List<FontFace> fallbacks) {

    public FontStack {
        fallbacks = List.copyOf(fallbacks);
    }

    public static FontStack of(Script script) {
        return switch (script) {
            case JAPANESE -> new FontStack(FontFace.cjk("JP"), List.of());
            case SIMPLIFIED_CHINESE -> new FontStack(FontFace.cjk("SC"), List.of());
            case TRADITIONAL_CHINESE -> new FontStack(FontFace.cjk("TC"), List.of());
            case KOREAN -> new FontStack(FontFace.cjk("KR"), List.of());
            case LATIN -> new FontStack(FontFace.NOTO_SANS, List.of(FontFace.cjk("JP")));
            case THAI -> new FontStack(new FontFace("Noto Sans Thai", BundledFont.NOTO_SANS_THAI),
                    List.of(FontFace.NOTO_SANS, FontFace.cjk("JP")));
            case DEVANAGARI -> new FontStack(new FontFace("Noto Sans Devanagari", BundledFont.NOTO_SANS_DEVANAGARI),
                    List.of(FontFace.NOTO_SANS, FontFace.cjk("JP")));
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
