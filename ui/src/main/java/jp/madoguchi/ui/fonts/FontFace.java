package jp.madoguchi.ui.fonts;

/** A font family as JavaFX and CSS name it, and the bundled file it comes from. */
public record FontFace(String family, BundledFont file) {
    static final FontFace JAPANESE = cjk("JP");

    static FontFace cjk(String region) {
        return new FontFace("Noto Sans CJK " + region, BundledFont.NOTO_SANS_CJK);
    }
}
