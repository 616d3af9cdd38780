package jp.madoguchi.ui.staff;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;

/**
 * The last visits' outcomes for the staff screen: a journal that keeps, in memory, how the latest visits ended
 * and passes every entry on to the real journal. Journal entries hold no personal data, and only the end reason,
 * the last step and the time are kept. Written on the visit thread, read on the FX thread.
 */
public final class RecentVisits implements VisitJournal {
    /** One ended visit. */
    public record Outcome(Instant at, EndReason reason, String lastStep) {}

    private final VisitJournal next;
    private final int capacity;
    private final Deque<Outcome> outcomes = new ArrayDeque<>();

    public RecentVisits(VisitJournal next, int capacity) {
        this.next = Objects.requireNonNull(next, "next");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void record(JournalEntry entry) {
        if (entry instanceof JournalEntry.Ended ended) {
            synchronized (outcomes) {
                if (outcomes.size() == capacity) {
                    outcomes.removeLast();
                }
                outcomes.addFirst(new Outcome(ended.at(), ended.reason(), ended.lastStep()));
            }
        }
        next.record(entry);
    }

    /** Newest first. */
    public List<Outcome> latest() {
        synchronized (outcomes) {
            return List.copyOf(new ArrayList<>(outcomes));
        }
    }
}
