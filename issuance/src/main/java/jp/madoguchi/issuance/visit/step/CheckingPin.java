package jp.madoguchi.issuance.visit.step;

/** The PIN is at the card; after it, the possession proof, the certificate checks and the registry lookup. */
public record CheckingPin() implements VisitStep {}
