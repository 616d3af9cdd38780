package jp.madoguchi.issuance.visit.step;

import java.util.List;

/** The last try was wrong and the auth PIN is now locked: the unlock routes, and whether the card is still there. */
public record PinLocked(List<UnlockRoute> unlockRoutes, boolean cardPresent) implements VisitStep {
    public PinLocked {
        unlockRoutes = List.copyOf(unlockRoutes);
    }
}
