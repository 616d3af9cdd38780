/**
 * Fuzzing the card layer in-process: {@link jp.madoguchi.card.virtual.fuzz.CardFuzzer} runs the kiosk's card flows
 * (identify, tries, certificates, PIN) through the real {@code PcscTransport} and decorators against a fresh
 * {@link jp.madoguchi.card.virtual.VirtualMyNumberCard} per case, behind a javax.smartcardio terminal
 * ({@code FuzzTerminal}, {@code FuzzCard}, {@code FuzzChannel}) that answers with {@link
 * jp.madoguchi.card.virtual.fuzz.Mutation}s: wrong lengths, cut answers, random and PIN status words, garbage
 * data and DER, and PC/SC failures mid-exchange. {@code VerifyLedger} watches every VERIFY on the wire against the
 * PIN policy. docs/card.md, "Fuzzing".
 */
package jp.madoguchi.card.virtual.fuzz;
