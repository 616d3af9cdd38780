package jp.madoguchi.app.kiosk.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.output.document.IssuedSheet;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * The certificates and statements issued in each visit, in memory only, until the visit discards them: the one place the PDFs
 * live between rendering and printing (docs/domain.md, privacy: the kiosk keeps nothing afterwards). Thread-safe:
 * rendered on the visit thread, printed on the printing thread.
 */
public final class IssuedSheets {
    /** The requester the visit identified, kept apart from the sheets so the guard compares two sources. */
    private record Held(String requester, List<IssuedSheet> sheets) {}

    private final Map<VisitId, Held> byVisit = new HashMap<>();

    synchronized void add(VisitId visit, String requester, List<? extends IssuedSheet> sheets) {
        Held held = byVisit.get(visit);
        List<IssuedSheet> all = new ArrayList<>(held == null ? List.of() : held.sheets());
        all.addAll(sheets);
        byVisit.put(visit, new Held(held == null ? requester : held.requester(), List.copyOf(all)));
    }

    /** The sheet with that number if it was issued in this visit; a number from any other visit is not found. */
    synchronized Optional<IssuedSheet> sheet(VisitId visit, DocumentNumber number) {
        return Optional.ofNullable(byVisit.get(visit)).stream().flatMap(held -> held.sheets().stream())
                .filter(sheet -> sheet.number().value().equals(number.value())).findFirst();
    }

    synchronized Optional<String> requester(VisitId visit) {
        return Optional.ofNullable(byVisit.get(visit)).map(Held::requester);
    }

    synchronized void discard(VisitId visit) {
        byVisit.remove(visit);
    }

    /** Visits whose certificates are still in memory; 0 between visits. */
    public synchronized int visitsHeld() {
        return byVisit.size();
    }
}
