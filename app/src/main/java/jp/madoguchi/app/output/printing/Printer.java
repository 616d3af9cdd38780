package jp.madoguchi.app.output.printing;

import java.util.Optional;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PrintFailure;

/**
 * Where issued sheets go. {@link #print} blocks until the job is done or has failed, reporting each stage to
 * {@code progress}; a failed job is withdrawn so it can never come out later for the next person.
 */
public interface Printer {
    PrintOutcome print(PdfJob job, PrintProgress progress);

    /** Whether a job sent now could print: decides between a reprint and a refund after a failure. */
    default boolean ready() {
        return blocked().isEmpty();
    }

    /** What keeps a job sent now from printing (for staff and the log); empty when it could print. */
    Optional<String> blocked();

    /**
     * The printer's own reason a job sent now would not print, when it is one a {@link PrintFailure} names (the
     * staff screen words it); {@link #blocked} may also hold what is not the printer's fault (a CUPS server keeping
     * printed documents).
     */
    default Optional<PrintFailure> obstacle() {
        return Optional.empty();
    }

    /** Deletes everything this visit spooled (files, previews, queued and finished jobs), printed or not. */
    void endVisit(VisitId visit);

    /**
     * At start, before the first visit: deletes what a kiosk killed mid-visit left with the printer (its queued
     * and finished jobs), since that visit's {@link #endVisit} never ran. The spool printer's files are
     * {@link SpoolRecovery}'s.
     */
    default void clearLeftovers() {}
}
