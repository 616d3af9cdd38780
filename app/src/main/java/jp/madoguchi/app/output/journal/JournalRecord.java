package jp.madoguchi.app.output.journal;

import java.time.Instant;
import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * One journal row: its place in the chain, the visit, when, the entry it stores, the chain hashes, and the stored
 * type name and body exactly as they are on disk (exports carry those, so an old row exports as it was written).
 */
public record JournalRecord(long seq, VisitId visit, Instant at, JournalEntry entry, String type, String body,
        String prevHash, String hash) {
    public JournalRecord {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(entry, "entry");
    }

    static JournalRecord of(StoredRecord row) {
        VisitId visit = new VisitId(row.visit());
        Instant at = Instant.parse(row.at());
        return new JournalRecord(row.seq(), visit, at, EntryDecoder.entry(row.type(), row.body(), visit, at),
                row.type(), row.body(), row.prevHash(), row.hash());
    }
}
