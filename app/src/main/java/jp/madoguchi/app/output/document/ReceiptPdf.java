package jp.madoguchi.app.output.document;

import java.util.Map;
import jp.madoguchi.app.output.document.pdf.Ink;
import jp.madoguchi.app.output.document.pdf.PdfWriter;
import jp.madoguchi.app.output.document.pdf.Sheet;
import jp.madoguchi.app.output.payment.DemoCashAcceptor;

/** The 領収書 as an A4 PDF on plain paper. */
public final class ReceiptPdf {
    private static final float LEFT = 70;
    private static final float RIGHT = Sheet.WIDTH - 70;

    private ReceiptPdf() {}

    public static byte[] write(Receipt receipt) {
        Sheet sheet = Sheet.plain();
        sheet.rightAligned(RIGHT, 60, 9, "領収番号 " + receipt.number().value());
        sheet.centered(110, 22, "領収書");
        sheet.rightAligned(RIGHT, 140, 10, EraDates.dateTime(receipt.at()));
        sheet.text(LEFT, 170, 11, "証明書交付手数料として、下記のとおり領収しました。");
        float y = 210;
        sheet.text(LEFT, y, 9.5f, "証明書", Ink.GREY);
        sheet.text(LEFT + 190, y, 9.5f, "交付番号", Ink.GREY);
        sheet.rightAligned(RIGHT, y, 9.5f, "手数料");
        sheet.line(LEFT, y + 6, RIGHT, y + 6, 0.6f);
        for (Receipt.Line line : receipt.lines()) {
            y += 20;
            sheet.text(LEFT, y, 11, line.certificate().label());
            sheet.text(LEFT + 190, y, 10, line.document().value());
            sheet.rightAligned(RIGHT, y, 11, Yen.of(line.feeYen()));
        }
        sheet.line(LEFT, y + 8, RIGHT, y + 8, 0.6f);
        y = amount(sheet, y + 28, "合計", receipt.total());
        y = amount(sheet, y, "お預かり", receipt.received());
        y = amount(sheet, y, "お釣り", receipt.change());
        if (receipt.refunded() > 0) {
            y = amount(sheet, y, "返金", receipt.refunded());
        }
        sheet.text(LEFT, y + 30, 10, receipt.municipality().name() + "　証明書コンビニ交付");
        sheet.text(LEFT, y + 48, 9, "端末 " + receipt.kiosk(), Ink.GREY);
        if (receipt.demonstration()) {
            sheet.paragraph(LEFT, y + 80, RIGHT - LEFT, 10, 15, DemoCashAcceptor.NOTICE);
        }
        return PdfWriter.write(sheet, "領収書", Map.of());
    }

    private static float amount(Sheet sheet, float y, String label, int yen) {
        sheet.text(RIGHT - 200, y, 11, label);
        sheet.rightAligned(RIGHT, y, 11, Yen.of(yen));
        return y + 20;
    }
}
