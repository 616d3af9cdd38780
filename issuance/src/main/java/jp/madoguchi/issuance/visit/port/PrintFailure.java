package jp.madoguchi.issuance.visit.port;

import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.visit.step.IssueProblem;

/**
 * Why a print job stopped, exactly as the printer said: the journal records this, and the resident's screen shows the
 * {@link #problem()} it belongs to (three of them need staff at the printer for different reasons).
 */
public enum PrintFailure implements Identified {
    OUT_OF_PAPER("out-of-paper", IssueProblem.OUT_OF_PAPER),
    PAPER_JAM("paper-jam", IssueProblem.QUEUE_STOPPED),
    /** The queue was stopped (CUPS: cupsdisable, or CUPS stopped it after a backend error). */
    QUEUE_STOPPED("queue-stopped", IssueProblem.QUEUE_STOPPED),
    /** The queue rejects new jobs (cupsreject). */
    NOT_ACCEPTING("not-accepting", IssueProblem.QUEUE_STOPPED),
    /** The printer disappeared: the queue was deleted or renamed, CUPS is not running, or it is unplugged or off. */
    PRINTER_GONE("printer-gone", IssueProblem.PRINTER_GONE),
    JOB_CANCELLED("job-cancelled", IssueProblem.QUEUE_STOPPED),
    JOB_ABORTED("job-aborted", IssueProblem.QUEUE_STOPPED),
    TIMED_OUT("timed-out", IssueProblem.QUEUE_STOPPED),
    /** The embedded spool could not write. */
    SPOOL_ERROR("spool-error", IssueProblem.QUEUE_STOPPED);

    private final String id;
    private final IssueProblem problem;

    PrintFailure(String id, IssueProblem problem) {
        this.id = id;
        this.problem = problem;
    }

    @Override
    public String id() {
        return id;
    }

    /** What the resident's screen says; jams, rejected, cancelled, aborted or timed-out jobs all need staff. */
    public IssueProblem problem() {
        return problem;
    }
}
