package jp.madoguchi.app.output.document.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPatternContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;

/**
 * A simulated けん制文字 background. Real certificate paper hides a word in dots of two sizes that look alike to the
 * eye; a copier drops the finer ones and the word appears. Here a tile of fine dots carries the word in a slightly
 * darker, coarser tint, repeated over the page as a PDF tiling pattern (so it is paint, not page text).
 */
final class AntiCopyPattern {
    private static final float TILE_W = 72;
    private static final float TILE_H = 40;
    private static final float DOT = 0.5f;
    private static final float PITCH = 2.4f;

    private AntiCopyPattern() {}

    /** The pattern as a page resource, ready for {@link #fill}. */
    static COSName add(PDResources pageResources, PDFont font, String word) throws IOException {
        PDTilingPattern tile = new PDTilingPattern();
        tile.setBBox(new PDRectangle(0, 0, TILE_W, TILE_H));
        tile.setXStep(TILE_W);
        tile.setYStep(TILE_H);
        tile.setPaintType(PDTilingPattern.PAINT_COLORED);
        tile.setTilingType(PDTilingPattern.TILING_CONSTANT_SPACING);
        tile.setResources(new PDResources());
        try (PDPatternContentStream content = new PDPatternContentStream(tile)) {
            content.setNonStrokingColor(0.95f, 0.95f, 0.95f);
            for (float y = PITCH / 2; y < TILE_H; y += PITCH) {
                for (float x = PITCH / 2; x < TILE_W; x += PITCH) {
                    content.addRect(x, y, DOT, DOT);
                }
            }
            content.fill();
            content.setNonStrokingColor(0.915f, 0.915f, 0.915f);
            content.beginText();
            content.setFont(font, 13);
            content.newLineAtOffset(10, 14);
            content.showText(word);
            content.endText();
        }
        return pageResources.add(tile);
    }

    static void fill(PDPageContentStream page, COSName pattern) throws IOException {
        page.saveGraphicsState();
        page.setNonStrokingColor(new PDColor(pattern, new PDPattern(null)));
        page.addRect(0, 0, Sheet.WIDTH, Sheet.HEIGHT);
        page.fill();
        page.restoreGraphicsState();
    }
}
