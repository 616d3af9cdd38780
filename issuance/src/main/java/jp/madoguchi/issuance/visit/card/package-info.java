/**
 * The visit's only door to the card: {@link jp.madoguchi.issuance.visit.card.CardPort} (requests out, {@link
 * jp.madoguchi.issuance.visit.card.CardEvent}s back) and its production implementation over the card-reader
 * module's {@code ReaderService} and {@code JpkiReader}. The state machine never blocks on a card.
 */
package jp.madoguchi.issuance.visit.card;
