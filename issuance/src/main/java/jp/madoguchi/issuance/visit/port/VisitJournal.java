package jp.madoguchi.issuance.visit.port;

/**
 * The append-only record of visits (SQLite in production), the one way anything is journaled: the visit records its
 * steps here, and the payment, document and print adapters record money and paper here as it moves. {@link #record}
 * returns once the entry is durable; when it cannot be written it throws {@link JournalUnavailableException}, and
 * the caller must treat the step as not having happened (an adapter stops taking money). The visit itself never
 * fails a resident's visit because of the journal: it logs the failure for staff and goes on.
 */
public interface VisitJournal {
    void record(JournalEntry entry);
}
