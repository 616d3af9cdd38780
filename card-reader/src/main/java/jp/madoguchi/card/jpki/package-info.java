/**
 * The host side of the JPKI protocol over an {@link jp.madoguchi.card.apdu.ApduTransport}: card detection by
 * AID and token label, certificate reads, PIN tries and VERIFY under the lockout policy, and signing.
 *
 * <p>{@link jp.madoguchi.card.jpki.JpkiSession} remembers what is selected so no SELECT is ever repeated, and
 * certificate lengths come from the first 256-byte chunk, so a read costs fewer APDUs than OpenSC's
 * (docs/card.md). {@link jp.madoguchi.card.jpki.JpkiReader} is the facade the kiosk and {@code doctor}
 * use; {@link jp.madoguchi.card.jpki.PinVerifier} is the only class that sends a VERIFY with a PIN.
 */
package jp.madoguchi.card.jpki;
