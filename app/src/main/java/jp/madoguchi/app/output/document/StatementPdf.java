package jp.madoguchi.app.output.document;

import java.util.Map;
import java.util.stream.Collectors;
import jp.madoguchi.app.output.document.pdf.Ink;
import jp.madoguchi.app.output.document.pdf.PdfWriter;
import jp.madoguchi.app.output.document.pdf.Sheet;
import jp.madoguchi.app.output.journal.AccountHistory.VisitSummary;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.CertificateType;

/** ご利用履歴・残高照会 as an A4 PDF: one line per visit, totals, and the refund still owed. */
public final class StatementPdf {
    private static final float LEFT = 60;
    private static final float RIGHT = Sheet.WIDTH - 60;
    private static final float LAST_LINE = 740;

    private StatementPdf() {}

    public static byte[] write(Statement statement) {
        Sheet sheet = Sheet.plain();
        sheet.centered(100, 20, "ご利用履歴・残高照会");
        sheet.text(LEFT, 135, 11, statement.municipality().name() + "　証明書コンビニ交付のご利用");
        sheet.rightAligned(RIGHT, 135, 10, EraDates.dateTime(statement.at()) + " 現在");
        float y = header(sheet, 170);
        for (VisitSummary visit : statement.visits()) {
            if (y > LAST_LINE) {
                sheet.newPage();
                y = header(sheet, 80);
            }
            sheet.text(LEFT, y, 10, EraDates.date(EraDates.tokyoDate(visit.started())));
            sheet.text(LEFT + 110, y, 10, certificates(visit));
            sheet.rightAligned(RIGHT - 90, y, 10, Yen.of(visit.printedFees()));
            sheet.rightAligned(RIGHT, y, 10, visit.refundOutstanding() > 0 ? Yen.of(visit.refundOutstanding()) : "—");
            y += 18;
        }
        if (statement.visits().isEmpty()) {
            sheet.text(LEFT, y, 10, "この市区町村でのご利用はありません。");
            y += 18;
        }
        sheet.line(LEFT, y - 8, RIGHT, y - 8, 0.6f);
        sheet.text(RIGHT - 260, y + 14, 11, "手数料の合計");
        sheet.rightAligned(RIGHT, y + 14, 11, Yen.of(statement.totalFees()));
        sheet.text(RIGHT - 260, y + 34, 11, "返金予定額（未返金）");
        sheet.rightAligned(RIGHT, y + 34, 11, Yen.of(statement.refundOutstanding()));
        sheet.text(LEFT, y + 70, 9, "この照会票は証明書ではありません。返金予定額は市区町村の窓口でお受け取りください。", Ink.GREY);
        return PdfWriter.write(sheet, "ご利用履歴・残高照会", Map.of());
    }

    private static float header(Sheet sheet, float y) {
        sheet.text(LEFT, y, 9.5f, "ご利用日", Ink.GREY);
        sheet.text(LEFT + 110, y, 9.5f, "交付した証明書", Ink.GREY);
        sheet.rightAligned(RIGHT - 90, y, 9.5f, "手数料");
        sheet.rightAligned(RIGHT, y, 9.5f, "返金予定");
        sheet.line(LEFT, y + 6, RIGHT, y + 6, 0.6f);
        return y + 24;
    }

    /** 住民票の写し ×2, 印鑑登録証明書 — or a dash for a visit where nothing printed. */
    private static String certificates(VisitSummary visit) {
        if (visit.printedCertificates().isEmpty()) {
            return "（交付なし）";
        }
        return visit.printedCertificates().stream()
                .collect(Collectors.groupingBy(id -> id, java.util.LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .map(e -> label(e.getKey()) + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                .collect(Collectors.joining("、"));
    }

    private static String label(String certificateId) {
        return Identified.byId(CertificateType.class, certificateId).map(CertificateType::label).orElse(certificateId);
    }
}
