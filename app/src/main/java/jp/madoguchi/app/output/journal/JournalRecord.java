package jp.madoguchi.app.output.journal;

import java.time.Instant;
import java.util.Objects;
import jp.madoguchi.app.output.VisitId;

/** One journal entry: its place in the chain, the visit, when, what happened, and the chain hashes. */
public record JournalRecord(long seq, VisitId visit, Instant at, JournalEvent event, String prevHash, String hash) {
    public JournalRecord {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
    }

    static JournalRecord of(StoredRecord row) {
        return new JournalRecord(row.seq(), new VisitId(row.visit()), Instant.parse(row.at()),
                EventCodec.event(row.type(), row.body()), row.prevHash(), row.hash());
    }
}
