package jp.madoguchi.app.output.journal;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/** What one visit's records say about the visit itself, whichever journal version wrote them. */
public final class VisitFacts {
    private VisitFacts() {}

    /** The municipality the certificates were asked of: the decision, or before 0.2 the service chosen. */
    public static Optional<MunicipalityCode> municipality(List<JournalRecord> visitRecords) {
        for (JournalRecord r : visitRecords) {
            if (r.entry() instanceof JournalEntry.Decided decided) {
                return Optional.of(decided.municipality());
            }
            if (r.entry() instanceof JournalEntry.ServiceChosen chosen) {
                return Optional.of(chosen.municipality());
            }
        }
        return Optional.empty();
    }

    /** True when the visit identified the card whose keyed serial hash is {@code cardHash}. */
    public static boolean card(List<JournalRecord> visitRecords, String cardHash) {
        return visitRecords.stream().anyMatch(r -> r.entry() instanceof JournalEntry.CardIdentified c
                && c.certificateSerial().hex().equals(cardHash));
    }
}
