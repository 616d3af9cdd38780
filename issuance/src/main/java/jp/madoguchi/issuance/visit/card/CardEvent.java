package jp.madoguchi.issuance.visit.card;

import java.util.Objects;
import jp.madoguchi.card.fault.CardFault;

/**
 * What the card port tells the visit. Presence events come from the reader monitor; results answer a request and
 * carry its number, so a late answer to a visit that has already ended is recognised and dropped.
 */
public sealed interface CardEvent {
    /** A card appeared on the reader. */
    record Placed() implements CardEvent {}

    /** The card left the reader. */
    record Removed() implements CardEvent {}

    /** The reader or PC/SC went away; no card work is possible until it returns. */
    record ReaderUnavailable(CardFault fault) implements CardEvent {
        public ReaderUnavailable {
            Objects.requireNonNull(fault, "fault");
        }
    }

    /** Progress of a read, 0–100. */
    record Progress(long request, int percent) implements CardEvent {}

    record Read(long request, CardFacts facts) implements CardEvent {
        public Read {
            Objects.requireNonNull(facts, "facts");
        }
    }

    record PinChecked(long request, PinOutcome outcome) implements CardEvent {
        public PinChecked {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Which card lies on the reader now (asked when a card appears after the resident took theirs). */
    record Fingerprinted(long request, CardFingerprint fingerprint) implements CardEvent {
        public Fingerprinted {
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** The request failed: not a My Number card, removed mid-work, protocol error, reader gone. */
    record Failed(long request, CardFault fault) implements CardEvent {
        public Failed {
            Objects.requireNonNull(fault, "fault");
        }
    }
}
