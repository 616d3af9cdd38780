package jp.madoguchi.app.kiosk.staff;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import jp.madoguchi.app.output.document.EraDates;
import jp.madoguchi.app.output.document.pdf.PdfWriter;
import jp.madoguchi.app.output.document.pdf.Sheet;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.ui.staff.PrinterReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff screen's test page: one A4 sheet that says it is not a certificate, with the kiosk, the time, the queue,
 * a frame 15 mm inside the edges and a line of kana, kanji and Latin, so staff see the paper path, the margins and the
 * fonts. No personal data. It goes straight to the printer under a visit id of its own, which is ended (its files and
 * jobs withdrawn) as soon as the printer answers, as after any visit.
 */
final class TestPage {
    /** How the test page's number starts: the job name and the PDF file name of cups-pdf carry it. */
    static final String NUMBER_PREFIX = "TESTPAGE-";
    private static final Logger LOG = LoggerFactory.getLogger(TestPage.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final float MARGIN = 42.5f; // 15 mm

    private TestPage() {}

    static PrinterReport print(Printer printer, String queue, String kiosk, Instant at) {
        VisitId visit = VisitId.random(RANDOM);
        DocumentNumber number = new DocumentNumber(NUMBER_PREFIX + visit.value().substring(2, 12).toUpperCase(Locale.ROOT));
        PrintOutcome outcome;
        try {
            outcome = printer.print(new PdfJob(visit, number, pdf(number, kiosk, queue, at)), PrintProgress.IGNORE);
        } finally {
            printer.endVisit(visit);
        }
        if (outcome instanceof PrintOutcome.Failed failed) {
            LOG.warn("Test page {} did not print on {}: {} ({})", number, describe(queue), failed.failure().id(),
                    failed.detail());
            return new PrinterReport(queue, true, PrinterReports.problem(failed.failure()), failed.detail());
        }
        LOG.info("Test page {} printed on {}", number, describe(queue));
        return new PrinterReport(queue, true, PrinterReport.Problem.NONE, number.value()); // as printed on the page
    }

    static byte[] pdf(DocumentNumber number, String kiosk, String queue, Instant at) {
        Sheet sheet = Sheet.plain();
        float right = Sheet.WIDTH - MARGIN;
        float bottom = Sheet.HEIGHT - MARGIN;
        sheet.line(MARGIN, MARGIN, right, MARGIN, 0.8f);
        sheet.line(right, MARGIN, right, bottom, 0.8f);
        sheet.line(right, bottom, MARGIN, bottom, 0.8f);
        sheet.line(MARGIN, bottom, MARGIN, MARGIN, 0.8f);
        sheet.centered(130, 26, "テスト印刷");
        sheet.centered(160, 12, "TEST PAGE");
        sheet.centered(200, 14, "これは証明書ではありません。This is not a certificate.");
        float left = 90;
        sheet.text(left, 260, 11, "端末 Kiosk: " + kiosk);
        sheet.text(left, 284, 11, "日時 Printed: " + EraDates.dateTime(at));
        sheet.text(left, 308, 11, "印刷先 Printer: " + describe(queue));
        sheet.text(left, 332, 11, "番号 Number: " + number.value());
        sheet.text(left, 380, 16, "あいうえお アイウエオ 亜唖娃阿 ABCDEFG abcdefg 0123456789");
        sheet.text(left, 420, 10, "枠は用紙の端から15 mm内側です。The frame is 15 mm inside the edges of the paper.");
        return PdfWriter.write(sheet, "テスト印刷", Map.of());
    }

    private static String describe(String queue) {
        return queue.isEmpty() ? "spool" : queue;
    }
}
