/** The issuance domain: the local rules engine and the visit state machine. No JavaFX here. */
package jp.madoguchi.issuance;
