package jp.madoguchi.ui.staff;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.ui.i18n.I18n;

/** Where certificates print, and what the last printer check or test page found there. */
final class PrinterSection extends StaffSection {

    PrinterSection(I18n i18n) {
        super(i18n, "staff.printer", "staff-printer");
        reset();
    }

    void reset() {
        show(StaffLine.plain(i18n.tr("staff.printer.notChecked")));
    }

    void report(PrinterReport report) {
        List<StaffLine> lines = new ArrayList<>();
        lines.add(StaffLine.plain(i18n.tr("staff.line", i18n.tr("staff.fact.printer"), report.queue().isEmpty()
                ? i18n.tr("staff.value.spool") : report.queue())));
        if (report.ok()) {
            lines.add(StaffLine.good(i18n.tr(report.testPage() ? "staff.printer.testPrinted" : "staff.printer.ready")));
        } else {
            lines.add(StaffLine.problem(i18n.tr(report.testPage() ? "staff.printer.testFailed"
                    : "staff.printer.cannotPrint", i18n.tr(StaffWords.printer(report.problem())))));
        }
        if (!report.detail().isEmpty()) {
            lines.add(StaffLine.detail(i18n.tr("staff.detail", report.detail())));
        }
        show(lines);
    }

    void failed(Throwable error) {
        show(error instanceof VisitUnderway ? List.of(StaffLine.problem(i18n.tr("staff.busy")))
                : List.of(StaffLine.problem(i18n.tr("staff.printer.cannotPrint", i18n.tr("staff.printer.failed"))),
                        StaffLine.detail(i18n.tr("staff.detail", OnFx.why(error)))));
    }
}
