package jp.madoguchi.app.soak;

import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import jp.madoguchi.issuance.visit.port.EndReason;

/**
 * The visits of the soak, by share: mostly paid certificates, with the ways a visit ends early mixed in. Each kind
 * names the endings the journal may record for it; any other is a failure.
 */
enum VisitKind {
    RESIDENT_RECORD(40, EnumSet.of(EndReason.COMPLETED)),
    SEAL_CERTIFICATE(18, EnumSet.of(EndReason.COMPLETED)),
    /** One wrong PIN first (the card has two tries left), then the right one and a 住民票. */
    WRONG_PIN_THEN_PAID(7, EnumSet.of(EndReason.COMPLETED)),
    CARD_CHECK(10, EnumSet.of(EndReason.CARD_CHECKED)),
    /** Some coins in, then cancel: the coins come back. */
    CANCEL_AT_PAYMENT(8, EnumSet.of(EndReason.CANCELLED)),
    CANCEL_AT_PIN(5, EnumSet.of(EndReason.CANCELLED)),
    /** Two wrong PINs, then back on the last-try warning: the card is never locked. */
    TWO_WRONG_PINS_GIVE_UP(4, EnumSet.of(EndReason.CANCELLED)),
    PULLED_AT_PIN(5, EnumSet.of(EndReason.CARD_REMOVED)),
    PULLED_MID_READ(3, EnumSet.of(EndReason.CARD_REMOVED, EndReason.CARD_UNREADABLE));

    private static final int TOTAL = java.util.Arrays.stream(values()).mapToInt(k -> k.share).sum();

    private final int share;
    private final Set<EndReason> endings;

    VisitKind(int share, Set<EndReason> endings) {
        this.share = share;
        this.endings = endings;
    }

    Set<EndReason> endings() {
        return endings;
    }

    /** Paid visits print certificates; every other kind must print nothing. */
    boolean paid() {
        return this == RESIDENT_RECORD || this == SEAL_CERTIFICATE || this == WRONG_PIN_THEN_PAID;
    }

    static VisitKind draw(RandomGenerator random) {
        int ticket = random.nextInt(TOTAL);
        for (VisitKind kind : values()) {
            ticket -= kind.share;
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("shares do not add up");
    }
}
