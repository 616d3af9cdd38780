package jp.madoguchi.issuance.visit.port.memory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.JournalUnavailableException;
import jp.madoguchi.issuance.visit.port.VisitJournal;

/** Keeps journal entries in a list; counts visits by how they ended; can refuse writes as a full disk would. */
public final class InMemoryJournal implements VisitJournal {
    private final List<JournalEntry> entries = new ArrayList<>();
    private String refusal;

    @Override
    public synchronized void record(JournalEntry entry) {
        if (refusal != null) {
            throw new JournalUnavailableException(refusal, null);
        }
        entries.add(entry);
    }

    /** From now on every write fails with {@code reason}, as the kiosk's journal does on a full disk; null heals. */
    public synchronized void refuse(String reason) {
        refusal = reason;
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<JournalEntry> entries(VisitId visit) {
        return entries.stream().filter(entry -> entry.visit().equals(visit)).toList();
    }

    public synchronized Map<EndReason, Integer> outcomes() {
        Map<EndReason, Integer> counts = new EnumMap<>(EndReason.class);
        for (JournalEntry entry : entries) {
            if (entry instanceof JournalEntry.Ended ended) {
                counts.merge(ended.reason(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
