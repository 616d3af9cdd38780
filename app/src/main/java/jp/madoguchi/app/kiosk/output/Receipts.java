package jp.madoguchi.app.kiosk.output;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.app.output.document.EraDates;
import jp.madoguchi.app.output.document.Places;
import jp.madoguchi.app.output.document.Receipt;
import jp.madoguchi.app.output.document.ReceiptPdf;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitFacts;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;

/**
 * The 領収書 of a paid visit, written from the journal after its sheets printed: what the journal says was printed,
 * taken in, given back and refunded is what the receipt says, so paper and ledger cannot disagree. Numbered like a
 * document and journaled as {@code receipt-issued} before it goes to the printer.
 */
final class Receipts {
    private final Journal journal;
    private final Supplier<RuleBook> rules;
    private final Clock clock;
    private final boolean demonstration;
    private final String kiosk;

    Receipts(Journal journal, Supplier<RuleBook> rules, Clock clock, boolean demonstration, String kiosk) {
        this.kiosk = kiosk;
        this.journal = journal;
        this.rules = rules;
        this.clock = clock;
        this.demonstration = demonstration;
    }

    /** The receipt to print for {@code visit}; empty when no cash was taken. */
    Optional<PdfJob> receipt(VisitId visit) {
        List<JournalRecord> records = journal.visit(visit);
        VisitLedger ledger = VisitLedger.of(records);
        Optional<MunicipalityCode> municipality = VisitFacts.municipality(records);
        if (ledger.received() == 0 || municipality.isEmpty()) {
            return Optional.empty();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DocumentNumber number = DocumentNumber.next(municipality.get(), EraDates.tokyoDate(at));
        Receipt receipt = new Receipt(number, kiosk, Places.of(rules.get()).municipality(municipality.get()),
                at, lines(records, ledger), ledger.received(), change(records), ledger.refunded(), demonstration);
        journal.record(new JournalEntry.ReceiptIssued(visit, journal.now(), number, receipt.total()));
        return Optional.of(new PdfJob(visit, number, ReceiptPdf.write(receipt)));
    }

    private static List<Receipt.Line> lines(List<JournalRecord> records, VisitLedger ledger) {
        List<Receipt.Line> lines = new ArrayList<>();
        for (JournalRecord r : records) {
            if (r.entry() instanceof JournalEntry.DocumentIssued d
                    && ledger.printedDocuments().contains(d.document().value())) {
                Identified.byId(CertificateType.class, d.certificate()).ifPresent(type ->
                        lines.add(new Receipt.Line(type, d.document(), d.feeYen())));
            }
        }
        return lines;
    }

    private static int change(List<JournalRecord> records) {
        return records.stream().map(JournalRecord::entry).filter(JournalEntry.ChangeReturned.class::isInstance)
                .mapToInt(e -> ((JournalEntry.ChangeReturned) e).yen()).sum();
    }
}
