/**
 * Card faults: the one sealed set of things that can go wrong between the kiosk and a card, and the single
 * place that turns PC/SC failures into them. UI messages key off these types, never off exception text.
 */
package jp.madoguchi.card.fault;
