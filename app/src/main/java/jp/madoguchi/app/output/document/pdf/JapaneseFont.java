package jp.madoguchi.app.output.document.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled IPAex Gothic (TrueType outlines; see fonts/README.md). Documents embed a subset built here rather than
 * by PDFBox: PDFBox maps each glyph back to the lowest code point using it, so 民 and 見 would extract as the CJK
 * radicals ⺠ and ⾒ that share their glyphs. A subset whose cmap holds only the characters actually drawn maps back
 * exactly, so the printed text stays searchable and checkable.
 */
public final class JapaneseFont {
    static final String RESOURCE = "/jp/madoguchi/app/output/document/fonts/ipaexg.ttf";
    private static TrueTypeFont font;

    private JapaneseFont() {}

    /** Embeds a subset holding every character of {@code text} (which must all exist in the font). */
    public static PDType0Font embed(PDDocument document, String text) throws IOException {
        byte[] subset;
        synchronized (JapaneseFont.class) {
            TTFSubsetter subsetter = new TTFSubsetter(font());
            text.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            subset = out.toByteArray();
        }
        return PDType0Font.load(document, new ByteArrayInputStream(subset), false);
    }

    /** The advance width of {@code text} at {@code size} points, for centring and wrapping. */
    public static synchronized float width(String text, float size) {
        try {
            TrueTypeFont f = font();
            float units = 0;
            for (int cp : text.codePoints().toArray()) {
                units += f.getAdvanceWidth(f.getUnicodeCmapLookup().getGlyphId(cp));
            }
            return units * size / f.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the font has a glyph for {@code cp}; names outside it must be refused, never printed as boxes. */
    public static synchronized boolean covers(int cp) {
        try {
            return font().getUnicodeCmapLookup().getGlyphId(cp) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parsed once: 6 MB, about 0.4 s. */
    private static TrueTypeFont font() throws IOException {
        if (font == null) {
            try (InputStream in = JapaneseFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("bundled font missing: " + RESOURCE);
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }
        return font;
    }
}
