/**
 * A resident's visit at the kiosk as a state machine without JavaFX: {@link
 * jp.madoguchi.issuance.visit.VisitMachine} takes resident actions, card events, output events and the clock, and
 * publishes immutable {@link jp.madoguchi.issuance.visit.VisitSnapshot}s; {@link
 * jp.madoguchi.issuance.visit.VisitRunner} runs it on its own thread for a UI. See {@code docs/visit.md}.
 */
package jp.madoguchi.issuance.visit;
