package jp.madoguchi.issuance.visit.port.memory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;

/** Keeps journal entries in a list; counts visits by how they ended. */
public final class InMemoryJournal implements VisitJournal {
    private final List<JournalEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(JournalEntry entry) {
        entries.add(entry);
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
