package jp.madoguchi.app.output.document.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled IPAex Gothic (TrueType outlines; see fonts/README.md). Documents embed a subset built here rather than
 * by PDFBox: PDFBox maps each glyph back to the lowest code point using it, so 民 and 見 would extract as the CJK
 * radicals ⺠ and ⾒ that share their glyphs. A subset whose cmap holds only the characters actually drawn maps back
 * exactly, so the printed text stays searchable and checkable.
 *
 * <p>PDFBox reads the names, metrics and that cmap from the full subset, but the font program written into the PDF
 * keeps only the tables a PDF needs ({@link #PDF_TABLES}, the set PDFBox's own subsetter keeps): no {@code name}
 * table, so no PostScript name inside the program. This matters on the way through PostScript. Cairo (CUPS's
 * {@code pdftocairo} renderer) splits a TrueType font into 8-bit Type 42 fonts, one for its Latin characters and the
 * others in parts of up to 255 glyphs, and gives every part the program's PostScript name as {@code /FontName}. Ghostscript's
 * pdfwrite (cups-pdf, or any PostScript-to-PDF step) takes same-named fonts for one font; where their glyph slots
 * clash it falls back to unnamed bitmap Type 3 glyphs without a Unicode mapping, and that text is no longer text.
 * Without a PostScript name cairo names each part {@code CairoFont-<font>-<part>}, all distinct.
 */
public final class JapaneseFont {
    static final String RESOURCE = "/jp/madoguchi/app/output/document/fonts/ipaexg.ttf";
    /** The tables of an embedded TrueType program a PDF reader uses (ISO 32000-1, 9.9), and hinting's gasp. */
    static final List<String> PDF_TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");
    private static TrueTypeFont font;

    private JapaneseFont() {}

    /** Embeds a subset holding every character of {@code text} (which must all exist in the font). */
    public static PDType0Font embed(PDDocument document, String text) throws IOException {
        int[] codePoints = text.codePoints().filter(cp -> !Character.isISOControl(cp)).distinct().sorted().toArray();
        String tag = tag(codePoints);
        byte[] described;
        byte[] program;
        synchronized (JapaneseFont.class) {
            // The same characters give the same glyphs in the same order: only the tables differ.
            described = subset(codePoints, tag, null);
            program = subset(codePoints, tag, PDF_TABLES);
        }
        PDType0Font type0 = PDType0Font.load(document, new ByteArrayInputStream(described), false);
        PDStream fontFile = ((PDCIDFontType2) type0.getDescendantFont()).getFontDescriptor().getFontFile2();
        try (OutputStream out = fontFile.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(program);
        }
        fontFile.getCOSObject().setInt(COSName.LENGTH1, program.length);
        return type0;
    }

    private static byte[] subset(int[] codePoints, String tag, List<String> tables) throws IOException {
        TTFSubsetter subsetter = tables == null ? new TTFSubsetter(font()) : new TTFSubsetter(font(), tables);
        for (int cp : codePoints) {
            subsetter.add(cp);
        }
        subsetter.setPrefix(tag);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    /** The subset tag a subset font's name starts with (ISO 32000-1, 9.6.4): six capitals, here from its characters. */
    static String tag(int[] codePoints) {
        long n = Integer.toUnsignedLong(Arrays.hashCode(codePoints));
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + n % 26));
            n /= 26;
        }
        return tag.append('+').toString();
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
