package jp.madoguchi.app.kiosk.staff;

import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.ui.staff.PrinterReport;
import jp.madoguchi.ui.staff.PrinterReport.Problem;

/** The printer as the staff screen's report: the printer's own {@link PrintFailure}, in the screen's terms. */
final class PrinterReports {
    private static final Map<PrintFailure, Problem> PROBLEMS = Map.of(
            PrintFailure.OUT_OF_PAPER, Problem.OUT_OF_PAPER,
            PrintFailure.PAPER_JAM, Problem.PAPER_JAM,
            PrintFailure.QUEUE_STOPPED, Problem.STOPPED,
            PrintFailure.NOT_ACCEPTING, Problem.NOT_ACCEPTING,
            PrintFailure.PRINTER_GONE, Problem.GONE);

    private PrinterReports() {}

    /** Whether a job sent now would print; a server keeping printed documents is a problem too. */
    static PrinterReport check(Printer printer, String queue) {
        Optional<String> blocked = printer.blocked();
        if (blocked.isEmpty()) {
            return new PrinterReport(queue, false, Problem.NONE, "");
        }
        Problem problem = printer.obstacle().map(PrinterReports::problem).orElse(Problem.KEEPS_DOCUMENTS);
        return new PrinterReport(queue, false, problem, blocked.get());
    }

    /** Cancelled, aborted, timed-out jobs and spool errors have no words of their own: the detail says which. */
    static Problem problem(PrintFailure failure) {
        return PROBLEMS.getOrDefault(failure, Problem.FAILED);
    }
}
