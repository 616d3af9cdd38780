package jp.madoguchi.app.kiosk;

import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's journal until the SQLite adapter (issue 5): every entry to the log. Entries hold no personal data by
 * construction (ids, rule ids, salted serial hashes, document numbers), so they may be logged as they are.
 */
final class LoggedJournal implements VisitJournal {
    private static final Logger LOG = LoggerFactory.getLogger("madoguchi.journal");

    @Override
    public void record(JournalEntry entry) {
        LOG.info("{}", entry);
    }
}
