package jp.madoguchi.app.output.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import jp.madoguchi.app.output.document.pdf.Ink;
import jp.madoguchi.app.output.document.pdf.PdfWriter;
import jp.madoguchi.app.output.document.pdf.Sheet;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.port.AccountVisit;

/**
 * ご利用履歴・残高照会 as an A4 PDF on plain paper: one line per visit, the fee total, and what is owed back (refunds
 * for sheets not printed, the municipal balance). The same figures as the inquiry screen, in Japanese.
 */
public final class StatementPdf {
    static final String TITLE = "ご利用履歴・残高照会";
    private static final float LEFT = 60;
    private static final float RIGHT = Sheet.WIDTH - 60;
    private static final float LAST_LINE = 720;

    private StatementPdf() {}

    static byte[] write(Sheet laidOut, DocumentBinding binding) {
        return PdfWriter.write(laidOut, TITLE, binding.properties());
    }

    static Sheet layout(Statement statement) {
        Sheet sheet = Sheet.plain();
        sheet.rightAligned(RIGHT, 60, 9, "照会番号 " + statement.number().value());
        sheet.centered(100, 20, TITLE);
        sheet.text(LEFT, 135, 11, statement.municipality().name() + "　証明書コンビニ交付のご利用");
        sheet.rightAligned(RIGHT, 135, 10, EraDates.dateTime(statement.at()) + " 現在");
        float y = header(sheet, 170);
        for (AccountVisit visit : statement.account().visits()) {
            if (y > LAST_LINE) {
                sheet.newPage();
                y = header(sheet, 80);
            }
            sheet.text(LEFT, y, 10, EraDates.date(visit.date()));
            sheet.text(LEFT + 110, y, 10, certificates(visit.certificates()));
            sheet.rightAligned(RIGHT - 90, y, 10, Yen.of(visit.feeYen()));
            sheet.rightAligned(RIGHT, y, 10, visit.refundDueYen() > 0 ? Yen.of(visit.refundDueYen()) : "—");
            y += 18;
        }
        if (statement.account().visits().isEmpty()) {
            sheet.text(LEFT, y, 10, "この端末でのご利用の記録はありません。");
            y += 18;
        }
        if (y > LAST_LINE - 60) {
            sheet.newPage();
            y = 80;
        }
        sheet.line(LEFT, y - 8, RIGHT, y - 8, 0.6f);
        y = amount(sheet, y + 14, "手数料の合計", statement.totalFees());
        y = amount(sheet, y, "印刷できなかった分の返金予定額", statement.account().refundsDueYen());
        y = amount(sheet, y, "市区町村からの返金予定額（過払い等）", statement.account().balanceYen());
        y = amount(sheet, y + 6, "返金予定額の合計", statement.totalOwed());
        sheet.paragraph(LEFT, y + 30, RIGHT - LEFT, 9, 14, "この照会票は証明書ではありません。返金予定額は"
                + statement.municipality().name() + "の窓口でお受け取りください。照会番号をお伝えいただくと"
                + "お調べできます。");
        return sheet;
    }

    private static float header(Sheet sheet, float y) {
        sheet.text(LEFT, y, 9.5f, "ご利用日", Ink.GREY);
        sheet.text(LEFT + 110, y, 9.5f, "交付した証明書", Ink.GREY);
        sheet.rightAligned(RIGHT - 90, y, 9.5f, "手数料");
        sheet.rightAligned(RIGHT, y, 9.5f, "返金予定");
        sheet.line(LEFT, y + 6, RIGHT, y + 6, 0.6f);
        return y + 24;
    }

    private static float amount(Sheet sheet, float y, String label, int yen) {
        sheet.text(RIGHT - 300, y, 11, label);
        sheet.rightAligned(RIGHT, y, 11, Yen.of(yen));
        return y + 20;
    }

    /** 住民票の写し ×2、印鑑登録証明書 — or （交付なし） for a visit where nothing printed. */
    private static String certificates(List<String> ids) {
        if (ids.isEmpty()) {
            return "（交付なし）";
        }
        return ids.stream().collect(Collectors.groupingBy(id -> id, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .map(e -> label(e.getKey()) + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                .collect(Collectors.joining("、"));
    }

    private static String label(String certificateId) {
        return Identified.byId(CertificateType.class, certificateId).map(CertificateType::label).orElse(certificateId);
    }
}
