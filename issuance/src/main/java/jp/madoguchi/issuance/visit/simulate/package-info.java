/**
 * Whole visits run headless through the real state machine, the rules engine and the in-process virtual card,
 * with seeded scripted residents and simulated time: the {@code ./madoguchi simulate} command and the soak tests.
 */
package jp.madoguchi.issuance.visit.simulate;
