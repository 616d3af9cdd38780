package jp.madoguchi.app.output.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class JapaneseFontTest {
    private static final String TEXT = "住民票の写し 見本 民 交付番号 284645-20261120-X73BVEC0EV";

    @Test
    void theEmbeddedProgramHasOnlyThePdfTablesAndNoPostScriptNameForPostScriptConvertersToRepeat() throws IOException {
        byte[] pdf = PdfWriter.write(sheet(), "font", Map.of());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDType0Font font = onlyFont(document.getPage(0));
            assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
            PDCIDFontType2 cidFont = (PDCIDFontType2) font.getDescendantFont();
            assertThat(cidFont.getFontDescriptor().getFontName()).isEqualTo(font.getName());
            byte[] program = cidFont.getFontDescriptor().getFontFile2().toByteArray();
            try (TrueTypeFont embedded = new TTFParser(true).parse(new RandomAccessReadBuffer(program))) {
                // Cairo's PostScript output names every 8-bit part of the font after this name, and Ghostscript's
                // pdfwrite merges same-named fonts, drawing clashing glyphs as bitmaps: no name, no clash.
                assertThat(embedded.getTableMap().keySet()).isSubsetOf(JapaneseFont.PDF_TABLES).doesNotContain("name");
                assertThat(embedded.getNaming()).isNull();
                assertThat(embedded.getNumberOfGlyphs()).as("the glyphs the content streams refer to")
                        .isEqualTo(cidFont.getTrueTypeFont().getNumberOfGlyphs());
            }
            assertThat(new PDFTextStripper().getText(document)).contains(TEXT);
        }
    }

    @Test
    void theSubsetTagIsSixCapitalsAndFollowsTheCharacters() {
        String tag = JapaneseFont.tag("見本".codePoints().toArray());

        assertThat(tag).matches("[A-Z]{6}\\+").isEqualTo(JapaneseFont.tag("見本".codePoints().toArray()));
        assertThat(JapaneseFont.tag("見本 太郎".codePoints().toArray())).isNotEqualTo(tag);
    }

    private static Sheet sheet() {
        Sheet sheet = Sheet.certificate("複写");
        sheet.text(70, 100, 12, TEXT);
        return sheet;
    }

    private static PDType0Font onlyFont(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<COSName> names = new ArrayList<>();
        resources.getFontNames().forEach(names::add);
        assertThat(names).hasSize(1);
        return (PDType0Font) resources.getFont(names.get(0));
    }
}
