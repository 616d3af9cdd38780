package jp.madoguchi.app.soak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.output.journal.ChainVerdict;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * The whole journal after the soak, read back from the file: the chain and its anchor intact, every visit in it
 * ended, and the money rule holding for each one, whether or not the soak knew of the visit.
 */
record JournalAudit(boolean intact, String chain, long visits, long records, List<String> problems) {
    static JournalAudit of(Journal journal) {
        ChainVerdict verdict = journal.verify();
        Map<VisitId, List<JournalRecord>> byVisit = new LinkedHashMap<>();
        long records = 0;
        for (JournalRecord r : journal.records()) {
            byVisit.computeIfAbsent(r.visit(), v -> new ArrayList<>()).add(r);
            records++;
        }
        List<String> problems = new ArrayList<>();
        byVisit.forEach((visit, rows) -> {
            if (rows.stream().noneMatch(r -> r.entry() instanceof JournalEntry.Ended)) {
                problems.add(visit.value() + " never ended");
            }
            Money.problem(rows).ifPresent(p -> problems.add(visit.value() + ": " + p));
        });
        String chain = verdict instanceof ChainVerdict.Broken broken
                ? "broken at record " + broken.seq() + ": " + broken.problem() : "intact";
        return new JournalAudit(verdict.intact(), chain, byVisit.size(), records, List.copyOf(problems));
    }
}
