/**
 * The output ports a visit talks to after the card: payment, document rendering, printing and the journal. Small
 * on purpose; in-memory implementations live in {@code port.memory}, production adapters in the app module. Every
 * call and event names the {@link jp.madoguchi.issuance.visit.VisitId}, so outputs cannot cross visits.
 */
package jp.madoguchi.issuance.visit.port;
