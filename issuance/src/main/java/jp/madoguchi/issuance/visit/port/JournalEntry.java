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
 * One line of the visit journal. By construction none holds a name, a PIN, a certificate or a 個人番号: the card
 * appears only as a salted serial hash, documents only by number, decisions by rule ids.
 */
public sealed interface JournalEntry {
    VisitId visit();

    Instant at();

    record Started(VisitId visit, Instant at, Service service, Language language) implements JournalEntry {}

    record CardIdentified(VisitId visit, Instant at, SerialHash certificateSerial) implements JournalEntry {}

    /** The engine's decision at confirm time: the rules that failed when denied, else the rules that passed. */
    record Decided(VisitId visit, Instant at, MunicipalityCode municipality, CertificateType certificate,
            boolean allowed, List<String> ruleIds, int copies, int feeTotal) implements JournalEntry {
        public Decided {
            ruleIds = List.copyOf(ruleIds);
        }
    }

    record PaymentRecorded(VisitId visit, Instant at, PaymentStatus status, int amountYen) implements JournalEntry {}

    record DocumentsIssued(VisitId visit, Instant at, List<DocumentNumber> documents) implements JournalEntry {
        public DocumentsIssued {
            documents = List.copyOf(documents);
        }
    }

    /** An account statement rendered for the resident (not a certificate: no fee, no registry content). */
    record StatementIssued(VisitId visit, Instant at, DocumentNumber document) implements JournalEntry {}

    /** Empty failure: printed completely. */
    record PrintFinished(VisitId visit, Instant at, Optional<PrintFailure> failure) implements JournalEntry {}

    /** {@code lastStep} is the {@link jp.madoguchi.issuance.visit.step.VisitStep#id()} the visit ended on. */
    record Ended(VisitId visit, Instant at, EndReason reason, String lastStep) implements JournalEntry {
        public Ended {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
