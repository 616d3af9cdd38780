package jp.madoguchi.app.output.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * JSON lines for a fleet's log pipeline, one record per line with its chain hashes: once a hash has left the kiosk,
 * rewriting the journal up to that record can no longer go unnoticed, even by someone who recomputes the chain.
 */
public final class JournalExport {
    private JournalExport() {}

    /** Writes the records at or after {@code since} (all when null); returns how many. */
    public static int write(Journal journal, Instant since, PrintWriter out) {
        List<JournalRecord> records = since == null ? journal.records() : journal.since(since);
        for (JournalRecord r : records) {
            out.println(line(r));
        }
        out.flush();
        return records.size();
    }

    /**
     * {@link #write}, then every record appended from then on (by this or another process), as it lands, checking
     * every {@code poll}, until the thread is interrupted or {@code out} fails (the reading pipe closed).
     */
    public static void follow(Journal journal, Instant since, PrintWriter out, Duration poll) {
        List<JournalRecord> first = since == null ? journal.records() : journal.since(since);
        first.forEach(r -> out.println(line(r)));
        out.flush();
        long last = first.isEmpty() ? journal.head().records() : first.get(first.size() - 1).seq();
        while (!Thread.currentThread().isInterrupted() && !out.checkError()) {
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (JournalRecord r : journal.after(last)) {
                out.println(line(r));
                last = r.seq();
            }
            out.flush();
        }
    }

    /** The stored body as it is on disk, not the entry re-encoded: an old row exports exactly as it was written. */
    static String line(JournalRecord r) {
        ObjectNode node = EntryEncoder.JSON.createObjectNode();
        node.put("seq", r.seq());
        node.put("visit", r.visit().value());
        node.put("at", r.at().toString());
        node.put("type", r.type());
        try {
            node.set("event", EntryEncoder.JSON.readTree(r.body()));
            node.put("prevHash", r.prevHash());
            node.put("hash", r.hash());
            return EntryEncoder.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal record not serializable", e);
        }
    }
}
