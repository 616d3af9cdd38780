package jp.madoguchi.ui.staff;

import java.util.Objects;

/**
 * The printer as the staff screen's printer check or test print found it: where jobs go ({@code queue}, empty for
 * the embedded spool printer), whether this was a test page, what stops printing ({@link Problem#NONE} when nothing
 * does) and the printer system's own technical words.
 */
public record PrinterReport(String queue, boolean testPage, Problem problem, String detail) {
    /** What stops a job; the CUPS printer-state reasons and job states behind them are in {@code detail}. */
    public enum Problem { NONE, OUT_OF_PAPER, PAPER_JAM, STOPPED, NOT_ACCEPTING, GONE, KEEPS_DOCUMENTS, FAILED }

    public PrinterReport {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(problem, "problem");
        detail = detail == null ? "" : detail;
    }

    public boolean ok() {
        return problem == Problem.NONE;
    }
}
