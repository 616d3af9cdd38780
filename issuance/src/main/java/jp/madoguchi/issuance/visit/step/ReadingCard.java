package jp.madoguchi.issuance.visit.step;

/** The card is being read (identity, tries, the 利用者証明用 certificate); {@code percent} is 0–100. */
public record ReadingCard(int percent) implements VisitStep {
    public ReadingCard {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent);
        }
    }
}
