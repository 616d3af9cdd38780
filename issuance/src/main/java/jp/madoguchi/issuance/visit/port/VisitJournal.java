package jp.madoguchi.issuance.visit.port;

/**
 * The append-only record of visits (SQLite in production). Called on the visit's thread; an implementation must
 * not throw for a full disk or similar, but report that to staff its own way: a resident's visit never fails
 * because of the journal.
 */
public interface VisitJournal {
    void record(JournalEntry entry);
}
