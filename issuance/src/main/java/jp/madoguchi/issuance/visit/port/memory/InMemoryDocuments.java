package jp.madoguchi.issuance.visit.port.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.DocumentOrder;
import jp.madoguchi.issuance.visit.port.DocumentPort;
import jp.madoguchi.issuance.visit.port.DocumentUnavailableException;
import jp.madoguchi.issuance.visit.port.StatementOrder;

/**
 * Numbers documents {@code MD-000001}, … (statements {@code MS-…}) and remembers which visit each belongs to until discarded; renders no
 * content. {@link #failNext()} makes the next render fail, for fault tests.
 */
public final class InMemoryDocuments implements DocumentPort {
    private final Map<VisitId, List<DocumentNumber>> rendered = new HashMap<>();
    private long lastNumber;
    private long issued;
    private long statements;
    private boolean failNext;

    @Override
    public synchronized List<DocumentNumber> render(DocumentOrder order) throws DocumentUnavailableException {
        if (failNext) {
            failNext = false;
            throw new DocumentUnavailableException("the document service did not answer (simulated)");
        }
        List<DocumentNumber> numbers = new ArrayList<>(order.copies());
        for (int i = 0; i < order.copies(); i++) {
            numbers.add(new DocumentNumber(String.format("MD-%06d", ++lastNumber)));
        }
        rendered.computeIfAbsent(order.visit(), visit -> new ArrayList<>()).addAll(numbers);
        issued += numbers.size();
        return List.copyOf(numbers);
    }

    @Override
    public synchronized DocumentNumber renderStatement(StatementOrder order) throws DocumentUnavailableException {
        if (failNext) {
            failNext = false;
            throw new DocumentUnavailableException("the journal did not answer (simulated)");
        }
        DocumentNumber number = new DocumentNumber(String.format("MS-%06d", ++lastNumber));
        rendered.computeIfAbsent(order.visit(), visit -> new ArrayList<>()).add(number);
        statements++;
        return number;
    }

    @Override
    public synchronized void discard(VisitId visit) {
        rendered.remove(visit);
    }

    public synchronized void failNext() {
        failNext = true;
    }

    /** The documents rendered for {@code visit} and not yet discarded. */
    public synchronized List<DocumentNumber> held(VisitId visit) {
        return List.copyOf(rendered.getOrDefault(visit, List.of()));
    }

    /** How many visits still have rendered documents in memory; 0 between visits. */
    public synchronized int visitsHeld() {
        return rendered.size();
    }

    public synchronized long issued() {
        return issued;
    }

    /** Account statements rendered so far. */
    public synchronized long statements() {
        return statements;
    }
}
