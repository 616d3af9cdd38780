/**
 * The resident registry port: facts about persons (age, household, 戸籍, registrations, nationality, flags) keyed
 * by a plain resident id. The kiosk finds the requester by the subject CN of the card's 利用者証明用 certificate
 * ({@code findByCardSubject}); in the embedded sample registry the virtual card's holders carry their card subjects
 * ({@code JPKITEST000000000001} for {@code default}, ...). No 個人番号 is ever part of these facts.
 */
package jp.madoguchi.issuance.registry;
