package jp.madoguchi.app.output.document;

import java.util.Map;
import jp.madoguchi.app.output.document.pdf.Ink;
import jp.madoguchi.app.output.document.pdf.PdfWriter;
import jp.madoguchi.app.output.document.pdf.Sheet;

/** The 返金票 as an A4 PDF on plain paper, laid out like the receipt so staff recognise the kiosk's slips. */
public final class RefundSlipPdf {
    private static final float LEFT = 70;
    private static final float RIGHT = Sheet.WIDTH - 70;

    private RefundSlipPdf() {}

    public static byte[] write(RefundSlip slip) {
        Sheet sheet = Sheet.plain();
        sheet.rightAligned(RIGHT, 60, 9, "返金票番号 " + slip.number().value());
        sheet.centered(110, 22, "返金票");
        sheet.centered(134, 10, "REFUND SLIP");
        sheet.rightAligned(RIGHT, 160, 10, EraDates.dateTime(slip.at()));
        sheet.text(LEFT, 200, 11, "お預かりしたお金を、下記のとおりお返しします。");
        float y = 240;
        y = row(sheet, y, "返金額", Yen.of(slip.yen()));
        y = row(sheet, y, "理由", slip.reasonText() + "（" + slip.reason() + "）");
        y = row(sheet, y, "取引番号", slip.visit().value());
        y = row(sheet, y, "端末", slip.kiosk());
        y = row(sheet, y, "交付", slip.municipality().name() + "　証明書コンビニ交付");
        sheet.line(LEFT, y, RIGHT, y, 0.6f);
        y = sheet.paragraph(LEFT, y + 24, RIGHT - LEFT, 10.5f, 17, "この返金票を本機の設置店舗の係員、または"
                + slip.municipality().name() + "の窓口にお見せください。本機の記録と照合のうえ返金します。");
        sheet.paragraph(LEFT, y + 12, RIGHT - LEFT, 9.5f, 15, "Show this slip to the staff of this store or at the "
                + "municipal office to get " + Yen.of(slip.yen()) + " back. It is checked against this kiosk's record.");
        return PdfWriter.write(sheet, "返金票", Map.of());
    }

    private static float row(Sheet sheet, float y, String label, String value) {
        sheet.text(LEFT, y, 10, label, Ink.GREY);
        sheet.text(LEFT + 110, y, 11, value);
        return y + 22;
    }
}
