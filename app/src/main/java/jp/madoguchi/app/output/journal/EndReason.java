package jp.madoguchi.app.output.journal;

import jp.madoguchi.issuance.Identified;

/** Why a visit ended, as written in its {@link JournalEvent.VisitEnded} record. */
public enum EndReason implements Identified {
    /** Everything asked for was printed (or refunded) and the resident left. */
    COMPLETED("completed"),
    CANCELLED("cancelled"),
    TIMED_OUT("timed-out"),
    /** The rules engine refused and nothing was paid. */
    DENIED("denied"),
    /** The kiosk stopped mid-visit (crash, power loss); written by {@link CrashRecovery} on the next start. */
    INTERRUPTED("interrupted");

    private final String id;

    EndReason(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public JournalEvent.VisitEnded event() {
        return new JournalEvent.VisitEnded(id);
    }
}
