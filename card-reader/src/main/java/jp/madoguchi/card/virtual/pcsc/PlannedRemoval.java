package jp.madoguchi.card.virtual.pcsc;

/**
 * A card pull scheduled by a test: after {@code remaining} more APDUs have been answered, either between two
 * APDUs ({@link VirtualTerminals#yankAfter}) or in the middle of the next one
 * ({@link VirtualTerminals#yankDuring}), which PC/SC reports as SCARD_E_NOT_TRANSACTED first.
 */
final class PlannedRemoval {
    private int remaining;
    private final boolean midApdu;

    PlannedRemoval(int remaining, boolean midApdu) {
        if (remaining < 0) {
            throw new IllegalArgumentException("APDU count must not be negative: " + remaining);
        }
        this.remaining = remaining;
        this.midApdu = midApdu;
    }

    /** True when the next APDU must be cut off by the removal. */
    boolean interruptsNext() {
        return midApdu && remaining == 0;
    }

    /** Counts one answered APDU; true when the card must now leave the reader. */
    boolean countAnswered() {
        remaining--;
        return !midApdu && remaining <= 0;
    }

    /** True when the removal is due before any further APDU. */
    boolean dueNow() {
        return !midApdu && remaining == 0;
    }
}
