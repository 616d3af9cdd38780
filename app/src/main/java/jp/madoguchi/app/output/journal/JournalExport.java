package jp.madoguchi.app.output.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
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
