/**
 * Test doubles shared by every module's tests (card-reader publishes them in its test-jar): a scripted
 * APDU transport in the style of apdu4j's MockBIBO, JPKI conversation snippets, and a BouncyCastle builder
 * for CA and end-entity certificates and CRLs. No hardware, no PC/SC.
 */
package jp.madoguchi.card.testsupport;
