package jp.madoguchi.issuance.visit;

import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.CardProblemKind;

/** How screens translate into the journal's end reasons. */
final class Outcomes {
    private Outcomes() {}

    static EndReason of(AbortReason reason) {
        return switch (reason) {
            case CARD_REMOVED -> EndReason.CARD_REMOVED;
            case CARD_SWAPPED -> EndReason.CARD_SWAPPED;
            case CARD_UNREADABLE -> EndReason.CARD_UNREADABLE;
            case PIN_UNCONFIRMED -> EndReason.PIN_UNCONFIRMED;
            case READER_UNAVAILABLE -> EndReason.READER_UNAVAILABLE;
        };
    }

    static EndReason of(CardProblemKind kind) {
        return switch (kind) {
            case NOT_REGISTERED -> EndReason.NOT_REGISTERED;
            case PIN_UNCONFIRMED -> EndReason.PIN_UNCONFIRMED;
            default -> EndReason.CARD_REFUSED;
        };
    }
}
