package jp.madoguchi.app.kiosk.output;

import java.util.List;
import jp.madoguchi.app.output.VisitId;
import jp.madoguchi.app.output.document.IssuedDocument;
import jp.madoguchi.app.output.journal.EndReason;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalEvent;
import jp.madoguchi.app.output.journal.JournalException;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link VisitJournal} over the SQLite {@link Journal}. Money and paper are journaled by the payment and print
 * adapters at the moment they happen (per coin, per sheet), so the visit's own summaries of them
 * ({@code PaymentRecorded}, {@code PrintFinished}) are not written twice. A write that fails is logged for staff and
 * does not stop the visit, as the port requires.
 */
public final class SqliteVisitJournal implements VisitJournal {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteVisitJournal.class);

    private final Journal journal;
    private final IssuedSheets sheets;
    private final String kiosk;

    public SqliteVisitJournal(Journal journal, IssuedSheets sheets, String kiosk) {
        this.journal = journal;
        this.sheets = sheets;
        this.kiosk = kiosk;
    }

    @Override
    public void record(JournalEntry entry) {
        try {
            write(entry);
        } catch (JournalException e) {
            LOG.error("Journal write failed for visit {}: {}", entry.visit(), e.getMessage());
        }
    }

    private void write(JournalEntry entry) {
        VisitId visit = PortIds.visit(entry.visit());
        if (entry instanceof JournalEntry.Started) {
            journal.record(visit, new JournalEvent.VisitStarted(kiosk));
        } else if (entry instanceof JournalEntry.CardIdentified card) {
            journal.record(visit, new JournalEvent.CardIdentified(card.certificateSerial().hex()));
        } else if (entry instanceof JournalEntry.Decided decided) {
            String certificate = decided.certificate().id();
            journal.record(visit, new JournalEvent.ServiceChosen(decided.municipality().value(), certificate,
                    decided.copies()));
            journal.record(visit, new JournalEvent.RuleDecided(certificate, decided.allowed(), decided.ruleIds(),
                    List.of()));
        } else if (entry instanceof JournalEntry.DocumentsIssued issued) {
            issued.documents().forEach(number -> sheets.sheet(entry.visit(), number)
                    .filter(IssuedDocument.class::isInstance).map(IssuedDocument.class::cast)
                    .ifPresent(sheet -> journal.record(visit, new JournalEvent.DocumentIssued(number.value(),
                            sheet.order().type().id(), sheet.feeYen()))));
        } else if (entry instanceof JournalEntry.StatementIssued statement) {
            journal.record(visit, new JournalEvent.StatementIssued(statement.document().value()));
        } else if (entry instanceof JournalEntry.Ended ended) {
            journal.record(visit, endReason(ended.reason()).event());
        }
    }

    /** The journal's coarser end reasons; the visit's exact reason stays on the staff screen. */
    static EndReason endReason(jp.madoguchi.issuance.visit.port.EndReason reason) {
        return switch (reason) {
            // Issue failures end completed: the refund is in the journal right before.
            case COMPLETED, CARD_CHECKED, INFORMATION_SHOWN, ISSUE_FAILED -> EndReason.COMPLETED;
            case CANCELLED, CARD_REMOVED, CARD_SWAPPED -> EndReason.CANCELLED;
            case TIMED_OUT -> EndReason.TIMED_OUT;
            case CARD_REFUSED, PIN_LOCKED, NOT_REGISTERED -> EndReason.DENIED;
            case CARD_UNREADABLE, PIN_UNCONFIRMED, READER_UNAVAILABLE, INTERNAL_ERROR -> EndReason.INTERRUPTED;
        };
    }
}
