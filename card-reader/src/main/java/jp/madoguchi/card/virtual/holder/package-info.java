/**
 * The virtual card's fictional holders and their credentials, TEST ONLY: {@link
 * jp.madoguchi.card.virtual.holder.Holders} lists them with stable ids (each a {@code Person}, PINs and a card
 * variant); {@link jp.madoguchi.card.virtual.holder.TestPki} issues their certificates per JST day under committed
 * CAs of two generations (resources in {@code holder/testpki/}, written by {@link
 * jp.madoguchi.card.virtual.holder.TestPkiGenerator}).
 */
package jp.madoguchi.card.virtual.holder;
