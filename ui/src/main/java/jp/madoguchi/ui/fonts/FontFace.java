package jp.madoguchi.ui.fonts;

/** A font family as JavaFX and CSS name it, and the bundled file it comes from. */
public record FontFace(String family, BundledFont file) {
    static final FontFace NOTO_SANS = new FontFace("Noto Sans", BundledFont.NOTO_SANS);

    static FontFace cjk(String region) {
        return new FontFace("Noto Sans CJK " + region, BundledFont.NOTO_SANS_CJK);
    }
}
