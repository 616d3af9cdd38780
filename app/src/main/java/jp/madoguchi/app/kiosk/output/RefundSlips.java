package jp.madoguchi.app.kiosk.output;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.app.output.document.EraDates;
import jp.madoguchi.app.output.document.Places;
import jp.madoguchi.app.output.document.RefundSlip;
import jp.madoguchi.app.output.document.RefundSlipPdf;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.journal.VisitFacts;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a 返金票 for money the journal already records as due, through the kiosk's printer. The slip is only the
 * resident's evidence: whether it printed or not, the {@code refund-due} stays in the journal for staff, and the
 * outcome is journaled as the slip's own {@code print-finished} (which no fee is attached to).
 */
public final class RefundSlips {
    private static final Logger LOG = LoggerFactory.getLogger(RefundSlips.class);

    private final Printer printer;
    private final Journal journal;
    private final Supplier<RuleBook> rules;
    private final Clock clock;
    private final String kiosk;

    public RefundSlips(Printer printer, Journal journal, Supplier<RuleBook> rules, Clock clock, String kiosk) {
        this.printer = printer;
        this.journal = journal;
        this.rules = rules;
        this.clock = clock;
        this.kiosk = kiosk;
    }

    /** Prints the slip for {@code yen} owed to {@code visit}; true when it came out of the printer. */
    public boolean print(VisitId visit, int yen, String reason) {
        List<JournalRecord> records = journal.visit(visit);
        Optional<MunicipalityCode> municipality = VisitFacts.municipality(records);
        if (municipality.isEmpty()) {
            LOG.warn("No refund slip for visit {}: it chose no municipality; {} yen stays due", visit, yen);
            return false;
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DocumentNumber number = DocumentNumber.next(municipality.get(), EraDates.tokyoDate(at));
        try {
            RefundSlip slip = new RefundSlip(number, kiosk, visit, Places.of(rules.get())
                    .municipality(municipality.get()), at, yen, reason);
            PrintOutcome outcome = printer.print(new PdfJob(visit, number, RefundSlipPdf.write(slip)), p -> { });
            boolean printed = outcome instanceof PrintOutcome.Printed;
            journal.record(new JournalEntry.SheetPrinted(visit, journal.now(), number, printed,
                    printed ? "" : ((PrintOutcome.Failed) outcome).failure().id()));
            if (!printed) {
                LOG.warn("Refund slip for visit {} did not print ({}); {} yen stays due for staff", visit,
                        ((PrintOutcome.Failed) outcome).failure().id(), yen);
            }
            return printed;
        } catch (RuntimeException e) {
            LOG.error("Refund slip for visit {} could not be printed; {} yen stays due for staff", visit, yen, e);
            return false;
        }
    }
}
