package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;

/**
 * The card cannot be used: why ({@code message} is the kind's key with its date, if any), how to unlock a locked
 * PIN, and whether the card still lies on the reader (the UI then asks the resident to take it). Removing the card,
 * confirming or the idle timeout return to the attract screen.
 */
public record CardProblem(CardProblemKind kind, Message message, List<UnlockRoute> unlockRoutes,
        boolean cardPresent) implements VisitStep {
    public CardProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        unlockRoutes = List.copyOf(unlockRoutes);
    }

    public CardProblem withCardPresent(boolean present) {
        return new CardProblem(kind, message, unlockRoutes, present);
    }
}
