/**
 * The virtual My Number card: an APDU-level model of the JPKI and 券面事項入力補助 applications, used by the demo
 * kiosk, the tests and staff training. Nothing here talks to a real card, and everything here is TEST ONLY (the
 * keys are public, the people do not exist). This package is the card itself; around it:
 * {@code card.virtual.pki} (CA building blocks), {@code card.virtual.holder} (the fictional holders and the test
 * PKI that issues their certificates), {@code card.virtual.pcsc} (the card behind in-process javax.smartcardio),
 * {@code card.virtual.vpcd} (the card in a real pcscd through vsmartcard's vpcd) and {@code card.virtual.fuzz}
 * (the card layer against mutated answers).
 *
 * <p>{@link jp.madoguchi.card.virtual.VirtualMyNumberCard} answers raw APDUs the way OpenSC 0.23, javax.smartcardio
 * and the kiosk's host code expect (docs/card.md, the virtual card's model). Inside: {@code CardPersonalisation}
 * writes a holder onto the card ({@code CardApplication}, {@code CardFile}, {@code TokenInfo},
 * {@code KenhojoRecords}); {@code PinCounter} keeps tries across resets; {@code SecurityState} is the state a reset
 * drops; {@code ApduProcessor} routes to one class per ISO command ({@code SelectFile}, {@code ReadBinary},
 * {@code Verify}, {@code ChangeReferenceData}, {@code ComputeDigitalSignature}).
 * {@link jp.madoguchi.card.virtual.ResponseHooks} and {@link jp.madoguchi.card.virtual.Misbehaviour} break it on
 * purpose.
 */
package jp.madoguchi.card.virtual;
