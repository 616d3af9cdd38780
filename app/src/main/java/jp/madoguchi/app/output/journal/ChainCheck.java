package jp.madoguchi.app.output.journal;

import java.util.List;

/**
 * Walks the stored rows in order. A changed field breaks that row's own hash; a removed row breaks the next row's
 * link or the numbering. (Removing the newest rows leaves a shorter valid chain: the export to the fleet's log
 * pipeline is what anchors the head elsewhere.)
 */
final class ChainCheck {
    private ChainCheck() {}

    static ChainVerdict of(List<StoredRecord> rows) {
        String previous = RecordHash.GENESIS;
        long expectedSeq = 1;
        for (StoredRecord row : rows) {
            if (row.seq() != expectedSeq) {
                return new ChainVerdict.Broken(row.seq(), "record " + expectedSeq + " is missing (found " + row.seq()
                        + " next)");
            }
            if (!row.prevHash().equals(previous)) {
                return new ChainVerdict.Broken(row.seq(), "does not link to record " + (row.seq() - 1)
                        + " (a record before it was changed or removed)");
            }
            if (!row.hash().equals(row.expectedHash())) {
                return new ChainVerdict.Broken(row.seq(), "its content does not match its hash (the record was edited)");
            }
            try {
                JournalRecord.of(row);
            } catch (RuntimeException e) {
                return new ChainVerdict.Broken(row.seq(), "unreadable: " + e.getMessage());
            }
            previous = row.hash();
            expectedSeq++;
        }
        return new ChainVerdict.Intact(rows.size(), previous);
    }
}
