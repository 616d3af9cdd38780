package jp.madoguchi.app.output.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * A resident's own kiosk history in one municipality (ご利用履歴), found by the keyed hash of their card's serial:
 * only visits made with that card, for that municipality. A renewed card has a new serial and starts a new history.
 */
public final class AccountHistory {
    private AccountHistory() {}

    /** One past visit: when, the certificate types of the sheets printed, their fees and refunds still owed. */
    public record VisitSummary(VisitId visit, Instant started, List<String> printedCertificates, int printedFees,
            int refundOutstanding) {
        public VisitSummary {
            printedCertificates = List.copyOf(printedCertificates);
        }
    }

    public static List<VisitSummary> of(Journal journal, String cardHash, String municipality) {
        Map<VisitId, List<JournalRecord>> visits = new LinkedHashMap<>();
        for (JournalRecord r : journal.records()) {
            visits.computeIfAbsent(r.visit(), v -> new ArrayList<>()).add(r);
        }
        List<VisitSummary> history = new ArrayList<>();
        visits.forEach((visit, records) -> {
            if (has(records, cardHash, municipality)) {
                history.add(summary(visit, records));
            }
        });
        return history;
    }

    private static boolean has(List<JournalRecord> records, String cardHash, String municipality) {
        return VisitFacts.card(records, cardHash)
                && VisitFacts.municipality(records).map(code -> code.value().equals(municipality)).orElse(false);
    }

    private static VisitSummary summary(VisitId visit, List<JournalRecord> records) {
        VisitLedger ledger = VisitLedger.of(records);
        List<String> printed = new ArrayList<>();
        for (JournalRecord r : records) {
            if (r.entry() instanceof JournalEntry.DocumentIssued d
                    && ledger.printedDocuments().contains(d.document().value())) {
                printed.add(d.certificate());
            }
        }
        return new VisitSummary(visit, records.get(0).at(), printed, ledger.printedFees(),
                ledger.refundsDue() - ledger.refunded());
    }
}
