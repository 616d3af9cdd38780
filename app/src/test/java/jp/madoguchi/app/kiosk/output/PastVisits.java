package jp.madoguchi.app.kiosk.output;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.step.Service;

/** A finished visit with one paid sheet, journaled as the kiosk journals it; when it did not print, its fee is owed. */
final class PastVisits {
    private PastVisits() {}

    static VisitId record(Journal journal, SerialHash card, MunicipalityCode municipality, String certificate,
            int fee, boolean printed) {
        VisitId visit = VisitId.random();
        DocumentNumber number = DocumentNumber.next(municipality, LocalDate.of(2026, 11, 21));
        CertificateType type = Identified.byId(CertificateType.class, certificate).orElseThrow();
        List.of(new JournalEntry.Started(visit, journal.now(), "test-kiosk", Service.CERTIFICATES, Language.JAPANESE),
                new JournalEntry.CardIdentified(visit, journal.now(), card),
                new JournalEntry.Decided(visit, journal.now(), municipality, type, true, List.of(), 1, fee),
                new JournalEntry.CashInserted(visit, journal.now(), fee),
                new JournalEntry.DocumentIssued(visit, journal.now(), number, certificate, fee),
                new JournalEntry.SheetPrinted(visit, journal.now(), number, printed, printed ? "" : "out-of-paper"))
                .forEach(journal::record);
        if (!printed) {
            journal.record(new JournalEntry.RefundDue(visit, journal.now(), fee, "out-of-paper"));
        }
        journal.record(new JournalEntry.Ended(visit, journal.now(), EndReason.COMPLETED, "take-documents"));
        return visit;
    }
}
