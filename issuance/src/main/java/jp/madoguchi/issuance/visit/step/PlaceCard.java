package jp.madoguchi.issuance.visit.step;

/** Waiting for a card on the reader, for {@code service}. A card already lying there is read at once. */
public record PlaceCard(Service service) implements VisitStep {}
