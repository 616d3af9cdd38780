package jp.madoguchi.app.output.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes a {@link Sheet} as an A4 PDF; {@code properties} become custom document-information entries. */
public final class PdfWriter {
    /** Bézier control distance for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private PdfWriter() {}

    public static byte[] write(Sheet sheet, String title, Map<String, String> properties) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = JapaneseFont.embed(document, sheet.allText());
            for (List<Mark> marks : sheet.pages()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (sheet.antiCopyWord().isPresent()) {
                        COSName pattern = AntiCopyPattern.add(page.getResources(), font, sheet.antiCopyWord().get());
                        AntiCopyPattern.fill(content, pattern);
                    }
                    for (Mark mark : marks) {
                        draw(document, content, font, mark);
                    }
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Madoguchi");
            info.setCreationDate(Calendar.getInstance());
            properties.forEach(info::setCustomMetadataValue);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + title + " failed", e);
        }
    }

    private static void draw(PDDocument document, PDPageContentStream content, PDType0Font font, Mark mark)
            throws IOException {
        if (mark instanceof Mark.Text t) {
            content.setNonStrokingColor(t.ink().red(), t.ink().green(), t.ink().blue());
            content.beginText();
            content.setFont(font, t.size());
            content.newLineAtOffset(t.x(), Sheet.HEIGHT - t.y());
            content.showText(t.text());
            content.endText();
        } else if (mark instanceof Mark.Line l) {
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(l.width());
            content.moveTo(l.x1(), Sheet.HEIGHT - l.y1());
            content.lineTo(l.x2(), Sheet.HEIGHT - l.y2());
            content.stroke();
        } else if (mark instanceof Mark.Image i) {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, i.png(), "image");
            content.drawImage(image, i.x(), Sheet.HEIGHT - i.y() - i.height(), i.width(), i.height());
        } else if (mark instanceof Mark.Circle c) {
            circle(content, c);
        }
    }

    private static void circle(PDPageContentStream content, Mark.Circle c) throws IOException {
        float x = c.centerX();
        float y = Sheet.HEIGHT - c.centerY();
        float r = c.radius();
        float k = r * KAPPA;
        content.setStrokingColor(c.ink().red(), c.ink().green(), c.ink().blue());
        content.setLineWidth(c.width());
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.closeAndStroke();
    }
}
