package jp.madoguchi.issuance.visit.step;

/**
 * Take the card: the visit continues only once the reader reports it gone, as real machines do (card-left-behind
 * prevention). {@code reminder} turns true while the card stays too long.
 */
public record RemoveCard(boolean reminder) implements VisitStep {}
