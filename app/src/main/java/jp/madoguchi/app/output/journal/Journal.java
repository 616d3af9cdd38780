package jp.madoguchi.app.output.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.logging.JournalHeadLog;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;

/**
 * The kiosk's append-only record of visits, and the one implementation of the {@link VisitJournal} port: the visit
 * and the payment, document and print adapters all write their {@link JournalEntry} values here, each stored as one
 * hash-chained row ({@link EntryType}, {@link EntryEncoder}) whose head is then written to the {@link JournalAnchor}.
 * {@link #record} returns only once the row is durably on disk; when it throws, the caller must treat the step as not
 * having happened (and stop taking money). A journal found broken when opened takes no record at all
 * ({@link #problem}): the kiosk is out of service until an operator has moved the evidence aside. Thread-safe.
 */
public final class Journal implements VisitJournal, AutoCloseable {
    private final JournalStore store;
    private final Clock clock;
    private final Path anchorFile;
    private final JournalAnchor anchor;
    private final String sealed;
    private long lastSeq;
    private String lastHash;
    private final boolean predatesAnchors;
    private String anchorFailure;

    Journal(JournalStore store, Clock clock, Path anchorFile, JournalAnchor anchor, String sealed, Head head,
            boolean predatesAnchors) {
        this.predatesAnchors = predatesAnchors;
        this.store = store;
        this.clock = clock;
        this.anchorFile = anchorFile;
        this.anchor = anchor;
        this.sealed = sealed;
        this.lastSeq = head.records();
        this.lastHash = head.hash();
    }

    /** Opens the kiosk's journal, creating it (and its anchor and directory) when missing; see {@link JournalOpening}. */
    public static Journal open(Path file, Clock clock) {
        return JournalOpening.forKiosk(file, clock);
    }

    /** Opens an existing journal to read it: nothing is created or written, in the file or beside it. */
    public static Journal openReadOnly(Path file) {
        return JournalOpening.readOnly(file);
    }

    @Override
    public void record(JournalEntry entry) {
        append(entry);
    }

    /** Appends one entry at its own time, truncated to milliseconds, and returns the stored record. */
    public synchronized JournalRecord append(JournalEntry entry) {
        long seq = lastSeq + 1;
        if (sealed != null || anchor == null) {
            throw new JournalException("the journal takes no records: " + (sealed != null ? sealed : "opened to read"));
        }
        String visit = entry.visit().value();
        String at = entry.at().truncatedTo(ChronoUnit.MILLIS).toString();
        String type = EntryType.of(entry).stored();
        String body = EntryEncoder.body(entry);
        String hash = RecordHash.of(lastHash, seq, visit, at, type, body);
        StoredRecord row = new StoredRecord(seq, visit, at, type, body, lastHash, hash);
        try {
            store.insert(row);
        } catch (SQLException e) {
            throw new JournalException("journal write failed at record " + seq + ": " + e.getMessage(), e);
        }
        lastSeq = seq;
        lastHash = hash;
        JournalHeadLog.set(seq, hash);
        try {
            anchor.advance(new JournalAnchor.Mark(seq, hash));
        } catch (IOException e) {
            // The row is on disk, so the step happened; the kiosk goes out of service on the next health round.
            anchorFailure = "the anchor " + anchorFile + " could not be written at record " + seq + ": " + e;
        }
        return JournalRecord.of(row);
    }

    /** How many records the chain has and the newest one's hash: what a fleet compares with its exported copy. */
    public record Head(long records, String hash) {}

    public synchronized Head head() {
        return new Head(lastSeq, lastHash);
    }

    /**
     * Why this journal cannot keep the kiosk's records now: broken when opened, its anchor not written, or its
     * file's newest row no longer the one this process wrote (replaced or cut under the running kiosk).
     */
    public synchronized Optional<String> problem() {
        if (sealed != null) {
            return Optional.of(sealed);
        }
        if (anchorFailure != null) {
            return Optional.of(anchorFailure);
        }
        try {
            Optional<StoredRecord> last = store.last();
            long seq = last.map(StoredRecord::seq).orElse(0L);
            if (seq != lastSeq || !last.map(StoredRecord::hash).orElse(RecordHash.GENESIS).equals(lastHash)) {
                return Optional.of("the journal file's newest record is " + seq + ", the kiosk wrote " + lastSeq
                        + ": the file was changed under the running kiosk");
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("the journal cannot be read: " + e.getMessage());
        }
    }

    /** The journal clock's time: what an adapter stamps on the entry it is about to record. */
    public Instant now() {
        return clock.instant();
    }

    public List<JournalRecord> records() {
        return read(() -> store.all()).stream().map(JournalRecord::of).toList();
    }

    /** Records after {@code seq}, read from the file: a reader sees what the kiosk's process appended since. */
    public List<JournalRecord> after(long seq) {
        return read(() -> store.after(seq)).stream().map(JournalRecord::of).toList();
    }

    /** Records at or after {@code from}, in order. */
    public List<JournalRecord> since(Instant from) {
        return records().stream().filter(r -> !r.at().isBefore(from)).toList();
    }

    public List<JournalRecord> visit(VisitId visit) {
        return read(() -> store.visit(visit.value())).stream().map(JournalRecord::of).toList();
    }

    /** Visits with records but no {@link JournalEntry.Ended}, oldest first (see {@link VisitEnds}). */
    public List<VisitId> openVisits() {
        return VisitEnds.of(records()).open();
    }

    /** The chain from the first record to the last, then held against the anchor outside the file. */
    public ChainVerdict verify() {
        return JournalOpening.verify(read(() -> store.all()), anchorFile, predatesAnchors);
    }

    @Override
    public void close() {
        try {
            store.close();
            if (anchor != null) {
                anchor.close();
            }
        } catch (SQLException | IOException e) {
            throw new JournalException("closing the journal failed: " + e.getMessage(), e);
        }
    }

    interface Read {
        List<StoredRecord> rows() throws SQLException;
    }

    static List<StoredRecord> read(Read read) {
        try {
            return read.rows();
        } catch (SQLException e) {
            throw new JournalException("journal read failed: " + e.getMessage(), e);
        }
    }
}
