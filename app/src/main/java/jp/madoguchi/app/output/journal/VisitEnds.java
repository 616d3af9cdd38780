package jp.madoguchi.app.output.journal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * Which visits of the journal are still open and which got records after their end. A record after a visit's end
 * (the cash unit's late answer to a cancel, a refund it triggered) does not reopen it: a visit ends once.
 */
record VisitEnds(List<VisitId> open, List<VisitId> late) {
    static VisitEnds of(List<JournalRecord> records) {
        Set<VisitId> open = new LinkedHashSet<>();
        Set<VisitId> late = new LinkedHashSet<>();
        Set<VisitId> ended = new HashSet<>();
        for (JournalRecord r : records) {
            if (r.entry() instanceof JournalEntry.Ended) {
                open.remove(r.visit());
                ended.add(r.visit());
            } else if (ended.contains(r.visit())) {
                late.add(r.visit());
            } else {
                open.add(r.visit());
            }
        }
        return new VisitEnds(List.copyOf(open), List.copyOf(late));
    }
}
