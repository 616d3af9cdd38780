/**
 * A real pcscd with the vpcd virtual reader, started by the tests themselves in a private mount namespace
 * (so another pcscd on the machine is never touched), and the JUnit condition that skips such tests on a
 * laptop without the stack but fails them in CI.
 */
package jp.madoguchi.card.testsupport.pcscd;
