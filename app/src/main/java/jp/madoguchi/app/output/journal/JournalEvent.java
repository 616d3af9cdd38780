package jp.madoguchi.app.output.journal;

import java.util.List;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.engine.TraceEntry;

/**
 * What can happen during a visit, as the journal stores it. Fields are ids, yen amounts and outcome words; nothing
 * here may ever carry a name, a PIN, a 個人番号 or a raw card serial. Amounts are whole yen.
 */
public sealed interface JournalEvent {
    /** The stable name stored in the journal's {@code type} column and in exports. */
    default String type() {
        return EventCodec.typeOf(this);
    }

    record VisitStarted(String kiosk) implements JournalEvent {}

    /** The card, as a salted hash of its 利用者証明用 certificate serial ({@link CardSerialHasher}). */
    record CardIdentified(String serialHash) implements JournalEvent {}

    record ServiceChosen(String municipality, String certificate, int copies) implements JournalEvent {}

    /** The rules engine's answer: the ids of the rules it evaluated and the message keys of any denial. */
    record RuleDecided(String certificate, boolean allowed, List<String> rules, List<String> reasons)
            implements JournalEvent {
        public RuleDecided {
            rules = List.copyOf(rules);
            reasons = List.copyOf(reasons);
        }

        /** Rule ids and message keys only: a trace's details may name residents and are never journaled. */
        public static RuleDecided of(String certificate, Decision decision) {
            return new RuleDecided(certificate, decision.allowed(),
                    decision.trace().stream().map(TraceEntry::rule).distinct().toList(),
                    decision.reasons().stream().map(Reason::messageKey).toList());
        }
    }

    record PaymentDue(int yen) implements JournalEvent {}

    record CashInserted(int yen) implements JournalEvent {}

    record ChangeReturned(int yen) implements JournalEvent {}

    /** The resident stopped paying; what they had inserted went back out. */
    record PaymentCancelled(int returnedYen) implements JournalEvent {}

    /** One issued sheet: its document number, certificate type id and the fee it costs. */
    record DocumentIssued(String document, String certificate, int feeYen) implements JournalEvent {}

    /** The visit's 領収書, numbered, for {@code totalYen} of printed sheets. */
    record ReceiptIssued(String document, int totalYen) implements JournalEvent {}

    /** An account statement (free, not a certificate) rendered for the visit's resident. */
    record StatementIssued(String document) implements JournalEvent {}

    /** The printer's final word on one sheet; {@code reason} is a failure id, empty when printed. */
    record PrintFinished(String document, boolean printed, String reason) implements JournalEvent {}

    record ReprintGranted(String document, String reason) implements JournalEvent {}

    record RefundDue(int yen, String reason) implements JournalEvent {}

    record Refunded(int yen) implements JournalEvent {}

    /** The last record of every visit; {@code reason} is an {@link EndReason} id. */
    record VisitEnded(String reason) implements JournalEvent {}
}
