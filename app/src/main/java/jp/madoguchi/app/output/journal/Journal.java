package jp.madoguchi.app.output.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;

/**
 * The kiosk's append-only record of visits, and the one implementation of the {@link VisitJournal} port: the visit
 * and the payment, document and print adapters all write their {@link JournalEntry} values here, each stored as one
 * hash-chained row ({@link EntryType}, {@link EntryEncoder}). {@link #record} returns only once the row is durably on
 * disk; when it throws, the caller must treat the step as not having happened (and stop taking money). Thread-safe.
 */
public final class Journal implements VisitJournal, AutoCloseable {
    private final JournalStore store;
    private final Clock clock;
    private final CardSerialHasher cards;
    private long lastSeq;
    private String lastHash;

    private Journal(JournalStore store, Clock clock, CardSerialHasher cards, long lastSeq, String lastHash) {
        this.store = store;
        this.clock = clock;
        this.cards = cards;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    /** Opens the journal file, creating it (and its directory) when missing. */
    public static Journal open(Path file, Clock clock) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            JournalStore store = JournalStore.open(file);
            var last = store.last();
            return new Journal(store, clock, new CardSerialHasher(store.salt("card-serial-salt")),
                    last.map(StoredRecord::seq).orElse(0L), last.map(StoredRecord::hash).orElse(RecordHash.GENESIS));
        } catch (SQLException | java.io.IOException e) {
            throw new JournalException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void record(JournalEntry entry) {
        append(entry);
    }

    /** Appends one entry at its own time, truncated to milliseconds, and returns the stored record. */
    public synchronized JournalRecord append(JournalEntry entry) {
        long seq = lastSeq + 1;
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
        return JournalRecord.of(row);
    }

    /** How many records the chain has and the newest one's hash: what a fleet compares with its exported copy. */
    public record Head(long records, String hash) {}

    public synchronized Head head() {
        return new Head(lastSeq, lastHash);
    }

    /** The journal clock's time: what an adapter stamps on the entry it is about to record. */
    public Instant now() {
        return clock.instant();
    }

    public CardSerialHasher cards() {
        return cards;
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

    /** Visits with records but no {@link JournalEntry.Ended}, oldest first. */
    public List<VisitId> openVisits() {
        Set<VisitId> open = new LinkedHashSet<>();
        for (JournalRecord r : records()) {
            if (r.entry() instanceof JournalEntry.Ended) {
                open.remove(r.visit());
            } else {
                open.add(r.visit());
            }
        }
        return List.copyOf(open);
    }

    public ChainVerdict verify() {
        return ChainCheck.of(read(() -> store.all()));
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (SQLException e) {
            throw new JournalException("closing the journal failed: " + e.getMessage(), e);
        }
    }

    private interface Read {
        List<StoredRecord> rows() throws SQLException;
    }

    private static List<StoredRecord> read(Read read) {
        try {
            return read.rows();
        } catch (SQLException e) {
            throw new JournalException("journal read failed: " + e.getMessage(), e);
        }
    }
}
