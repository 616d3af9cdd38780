package jp.madoguchi.issuance.visit.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * The kiosk's one journal event model: every line of the visit journal is one of these, written through the
 * {@link VisitJournal} port by the visit and by the payment, document and print adapters at the moment the thing
 * happened, and stored one to one (docs/output.md, "The journal"). By construction none holds a name, a PIN, a
 * certificate or a 個人番号: the card appears only as a keyed serial hash, documents only by number, decisions by
 * rule ids, money in whole yen.
 */
public sealed interface JournalEntry {
    VisitId visit();

    Instant at();

    // The visit: what the resident asked for and how it ended.

    /**
     * {@code kiosk} is the machine's id; {@code service} and {@code language} are null in journals written before
     * 0.2, which did not record them.
     */
    record Started(VisitId visit, Instant at, String kiosk, Service service, Language language)
            implements JournalEntry {}

    record CardIdentified(VisitId visit, Instant at, SerialHash certificateSerial) implements JournalEntry {}

    /** The engine's decision at confirm time: the rules that failed when denied, else the rules that passed. */
    record Decided(VisitId visit, Instant at, MunicipalityCode municipality, CertificateType certificate,
            boolean allowed, List<String> ruleIds, int copies, int feeTotal) implements JournalEntry {
        public Decided {
            ruleIds = List.copyOf(ruleIds);
        }
    }

    /** The payment's end as the visit saw it; each movement of cash is its own entry below. */
    record PaymentRecorded(VisitId visit, Instant at, PaymentStatus status, int amountYen) implements JournalEntry {}

    /** The documents rendered for the order, in print order; each sheet's fee is its {@link DocumentIssued}. */
    record DocumentsIssued(VisitId visit, Instant at, List<DocumentNumber> documents) implements JournalEntry {
        public DocumentsIssued {
            documents = List.copyOf(documents);
        }
    }

    /** An account statement rendered for the resident (not a certificate: no fee, no registry content). */
    record StatementIssued(VisitId visit, Instant at, DocumentNumber document) implements JournalEntry {}

    /** The print job's end as the visit saw it, empty when all printed; each sheet is a {@link SheetPrinted}. */
    record PrintFinished(VisitId visit, Instant at, Optional<PrintFailure> failure) implements JournalEntry {}

    /** The last entry of every visit; {@code lastStep} is the step id it ended on (null before 0.2). */
    record Ended(VisitId visit, Instant at, EndReason reason, String lastStep) implements JournalEntry {
        public Ended {
            Objects.requireNonNull(reason, "reason");
        }
    }

    // Money, as the payment device and the settlement moved it.

    record PaymentDue(VisitId visit, Instant at, int yen) implements JournalEntry {}

    record CashInserted(VisitId visit, Instant at, int yen) implements JournalEntry {}

    record ChangeReturned(VisitId visit, Instant at, int yen) implements JournalEntry {}

    /** The resident stopped paying; what they had inserted went back out. */
    record PaymentCancelled(VisitId visit, Instant at, int returnedYen) implements JournalEntry {}

    /** A refund owed, recorded before it is paid out; {@code reason} is a print failure id or an end reason id. */
    record RefundDue(VisitId visit, Instant at, int yen, String reason) implements JournalEntry {}

    record Refunded(VisitId visit, Instant at, int yen) implements JournalEntry {}

    // Paper: every sheet, as it was issued and as the printer answered.

    /** One issued certificate sheet: its number, certificate type id and the fee it costs. */
    record DocumentIssued(VisitId visit, Instant at, DocumentNumber document, String certificate, int feeYen)
            implements JournalEntry {}

    /** The visit's 領収書, numbered, for {@code totalYen} of printed sheets. */
    record ReceiptIssued(VisitId visit, Instant at, DocumentNumber document, int totalYen) implements JournalEntry {}

    /**
     * The printer's final word on one sheet. {@code reason} is empty when it printed, else the {@link PrintFailure}
     * id, or {@code guard-<why>} when the print guard refused the sheet before it reached the printer.
     */
    record SheetPrinted(VisitId visit, Instant at, DocumentNumber document, boolean printed, String reason)
            implements JournalEntry {
        public SheetPrinted {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A failed sheet is printed again; {@code reason} is the failure id that caused it. */
    record ReprintGranted(VisitId visit, Instant at, DocumentNumber document, String reason) implements JournalEntry {}

    // Journals before 0.2 recorded the decision as these two; Decided replaces both. Read, never written.

    /** Before 0.2: the municipality, certificate and copies the resident chose. */
    record ServiceChosen(VisitId visit, Instant at, MunicipalityCode municipality, String certificate, int copies)
            implements JournalEntry {}

    /** Before 0.2: the engine's answer, with the message keys of any denial. */
    record RuleDecided(VisitId visit, Instant at, String certificate, boolean allowed, List<String> rules,
            List<String> reasons) implements JournalEntry {
        public RuleDecided {
            rules = List.copyOf(rules);
            reasons = List.copyOf(reasons);
        }
    }
}
