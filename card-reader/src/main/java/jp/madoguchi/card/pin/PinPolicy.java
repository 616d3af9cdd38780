package jp.madoguchi.card.pin;

/**
 * Decides whether a VERIFY may be sent (docs/card.md, "A correct PIN never costs a try"): the tries are queried before
 * every VERIFY; nothing is sent when the card reports blocked, nor when it gives no count (then no last-try warning
 * could be given); with exactly one try left the caller must have confirmed; the format is checked locally before
 * anything is sent. The policy never retries by itself.
 */
public final class PinPolicy {
    private PinPolicy() {}

    /**
     * The decision for one attempt. Format problems win over card state: they are the resident's to fix, and
     * the caller checks them before talking to the card at all.
     */
    public static Decision decide(PinTries tries, Pin.Result input, boolean lastTryConfirmed) {
        if (!input.ok()) {
            return Decision.REFUSE_FORMAT;
        }
        if (input.pin().kind() != tries.kind()) {
            throw new IllegalArgumentException("PIN kind " + input.pin().kind() + " checked against " + tries.kind());
        }
        if (!tries.reported()) {
            return Decision.REFUSE_UNKNOWN;
        }
        if (tries.blocked()) {
            return Decision.REFUSE_BLOCKED;
        }
        if (tries.lastTry() && !lastTryConfirmed) {
            return Decision.NEEDS_CONFIRMATION;
        }
        return Decision.SEND;
    }

    /** Outcome of {@link #decide}. Only {@link #SEND} lets a VERIFY reach the card. */
    public enum Decision {
        SEND, REFUSE_FORMAT, REFUSE_BLOCKED, REFUSE_UNKNOWN, NEEDS_CONFIRMATION
    }
}
