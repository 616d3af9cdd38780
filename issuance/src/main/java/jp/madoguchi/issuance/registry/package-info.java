/**
 * The resident registry port: facts about persons (age, household, 戸籍, registrations, nationality, flags) keyed
 * by a plain resident id. The kiosk derives that id from the subject CN of the card's 利用者証明用 certificate; the
 * embedded sample registry uses the virtual card's holder ids ({@code default}, {@code expired}, {@code renewal},
 * {@code minor}, {@code locked}, {@code last-try}). No 個人番号 is ever part of these facts.
 */
package jp.madoguchi.issuance.registry;
