package jp.madoguchi.app.output.document;

import java.time.Instant;
import jp.madoguchi.app.output.document.CertificateContent.Field;
import jp.madoguchi.app.output.document.CertificateContent.Section;
import jp.madoguchi.app.output.document.pdf.Ink;
import jp.madoguchi.app.output.document.pdf.PdfWriter;
import jp.madoguchi.app.output.document.pdf.Sheet;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * Lays a certificate out on A4 anti-copy paper: numbers at the top right, the title, one block per section, the
 * certification sentence, the date, the signer with the municipal seal over the end of the name, and on every page a
 * footer with the issue time and page number.
 */
final class CertificatePdf {
    static final String ANTI_COPY_WORD = "複写";
    private static final float LEFT = 70;
    private static final float RIGHT = Sheet.WIDTH - 60;
    private static final float VALUE_X = 210;
    private static final float LEADING = 18;
    private static final float BODY_END = 740;
    /** Seal impression, certification, date and signer. */
    private static final float CLOSING = 170;

    private CertificatePdf() {}

    static Sheet layout(CertificateContent content, DocumentNumber number, Instant issuedAt, String code, byte[] seal) {
        Sheet sheet = Sheet.certificate(ANTI_COPY_WORD);
        header(sheet, number, code);
        sheet.centered(120, 22, content.title());
        float y = 165;
        for (Section section : content.sections()) {
            float height = LEADING * (section.fields().size() + 1);
            if (y + height > BODY_END) {
                sheet.newPage();
                header(sheet, number, code);
                y = 110;
            }
            sheet.line(LEFT, y - 14, RIGHT, y - 14, 0.6f);
            sheet.text(LEFT, y, 9, section.heading(), Ink.GREY);
            y += LEADING;
            for (Field field : section.fields()) {
                sheet.text(LEFT + 10, y, 10.5f, field.label());
                sheet.text(VALUE_X, y, 11, field.value());
                y += LEADING;
            }
        }
        sheet.line(LEFT, y - 14, RIGHT, y - 14, 0.6f);
        if (y + CLOSING > BODY_END) {
            sheet.newPage();
            header(sheet, number, code);
            y = 110;
        }
        if (content.sealImpression().isPresent()) {
            sheet.text(LEFT + 10, y + 24, 10.5f, "印影");
            sheet.sealImpression(VALUE_X + 34, y + 20, 30, content.sealImpression().get());
            y += 66;
        }
        y = sheet.paragraph(LEFT, y + 10, RIGHT - LEFT, 11, 18, content.certification());
        sheet.text(LEFT, y + 8, 11, EraDates.date(EraDates.tokyoDate(issuedAt)));
        float signerY = y + 60;
        sheet.rightAligned(RIGHT - 40, signerY, 16, content.signer());
        // The 公印 goes over the end of the signer's title, as it is stamped on paper.
        sheet.image(seal, RIGHT - 72, signerY - 46, 66, 66);
        footers(sheet, number, issuedAt);
        return sheet;
    }

    /** The words every page of a specimen carries, in vermilion above the title and across the foot. */
    static final String SPECIMEN = "見本 SPECIMEN　証明書ではありません / Not a certificate";

    /** Marks every page of {@code sheet} as a specimen, above the title and above the footer. */
    static void markSpecimen(Sheet sheet) {
        for (int page = 1; page <= sheet.pageCount(); page++) {
            sheet.onPage(page);
            sheet.text(LEFT, 92, 13, SPECIMEN, Ink.SEAL_RED);
            sheet.text(LEFT, BODY_END + 40, 13, SPECIMEN, Ink.SEAL_RED);
        }
    }

    static byte[] write(Sheet sheet, CertificateContent content, DocumentBinding binding) {
        return PdfWriter.write(sheet, content.title(), binding.properties());
    }

    private static void header(Sheet sheet, DocumentNumber number, String code) {
        sheet.rightAligned(RIGHT, 50, 8.5f, "交付番号 " + number.value());
        sheet.rightAligned(RIGHT, 63, 8.5f, "照合番号 " + code);
    }

    /** Footers go on last, once the page count is known. */
    private static void footers(Sheet sheet, DocumentNumber number, Instant issuedAt) {
        int pages = sheet.pageCount();
        for (int page = 1; page <= pages; page++) {
            sheet.onPage(page);
            sheet.text(LEFT, 790, 8, "発行日時 " + EraDates.dateTime(issuedAt) + "　交付番号 " + number.value()
                    + "　" + page + "/" + pages, Ink.GREY);
            sheet.text(LEFT, 803, 7.5f, "この用紙は偽造防止用紙を模したものです。複写すると「" + ANTI_COPY_WORD
                    + "」の文字が浮き出ます（模擬）。", Ink.GREY);
        }
    }
}
