package jp.madoguchi.ui.fonts;

import java.io.InputStream;

/** A font file shipped in {@code src/main/resources/jp/madoguchi/ui/fonts}, each with its OFL licence beside it. */
public enum BundledFont {
    /** One collection: Japanese, Simplified Chinese, Traditional Chinese and Korean faces, each with full Latin. */
    NOTO_SANS_CJK("NotoSansCJK-Regular.ttc"),
    NOTO_SANS_THAI("NotoSansThai-Regular.ttf"),
    NOTO_SANS_DEVANAGARI("NotoSansDevanagari-Regular.ttf");

    private final String fileName;

    BundledFont(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Opens the file from the class path; the caller closes the stream. */
    public InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(fileName);
        if (in == null) {
            throw new IllegalStateException("bundled font missing from the class path: " + fileName);
        }
        return in;
    }
}
