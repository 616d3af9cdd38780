package jp.madoguchi.app.output.printing;

import jp.madoguchi.issuance.Identified;

/** Why a sheet did not print; the id goes to the journal and picks the message on screen. */
public enum PrintFailure implements Identified {
    OUT_OF_PAPER("out-of-paper"),
    PAPER_JAM("paper-jam"),
    /** The queue is stopped (cupsdisable, or CUPS stopped it after a backend error). */
    QUEUE_STOPPED("queue-stopped"),
    /** The queue rejects new jobs (cupsreject). */
    NOT_ACCEPTING("not-accepting"),
    /** The configured queue does not exist (deleted, renamed) or CUPS is not running. */
    PRINTER_GONE("printer-gone"),
    JOB_CANCELLED("job-cancelled"),
    JOB_ABORTED("job-aborted"),
    TIMED_OUT("timed-out"),
    /** The embedded spool could not write. */
    SPOOL_ERROR("spool-error");

    private final String id;

    PrintFailure(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
