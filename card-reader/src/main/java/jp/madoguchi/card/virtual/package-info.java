/**
 * The virtual My Number card: an APDU-level model of the JPKI and 券面事項入力補助 applications, its test PKI
 * and fictional holders, and two ways to present it to a host. Used by the demo kiosk, the tests and staff
 * training; nothing here talks to a real card, and everything here is TEST ONLY (the keys are public, the
 * people do not exist).
 *
 * <ul>
 *   <li><b>The card</b> — {@link jp.madoguchi.card.virtual.VirtualMyNumberCard} answers raw APDUs the way
 *       OpenSC 0.23, javax.smartcardio and the kiosk's host code expect (docs/card.md). Inside:
 *       {@code CardPersonalisation} writes a holder onto the card ({@code CardApplication}, {@code CardFile},
 *       {@code TokenInfo}, {@code KenhojoRecords}); {@code PinCounter} keeps tries across resets;
 *       {@code CardSession} is the security state a reset drops; {@code ApduProcessor} routes to one class per
 *       ISO command ({@code SelectFile}, {@code ReadBinary}, {@code Verify}, {@code ChangeReferenceData},
 *       {@code ComputeDigitalSignature}). {@link jp.madoguchi.card.virtual.ResponseHooks} break it on purpose.</li>
 *   <li><b>Fixtures</b> — {@link jp.madoguchi.card.virtual.Holders} lists the holders with stable ids;
 *       {@link jp.madoguchi.card.virtual.TestPki} issues their certificates per JST day under committed
 *       {@code O=JPKI-TEST} CAs of two {@link jp.madoguchi.card.virtual.CaGeneration}s (resources in
 *       {@code testpki/}, written by {@link jp.madoguchi.card.virtual.TestPkiGenerator}).</li>
 *   <li><b>javax.smartcardio</b> — {@link jp.madoguchi.card.virtual.VirtualTerminals} with its
 *       {@link jp.madoguchi.card.virtual.VirtualTerminalProvider} and
 *       {@link jp.madoguchi.card.virtual.VirtualTerminalFactorySpi}; the {@code VirtualPcsc*} classes copy
 *       SunPCSC's terminal, card and channel behaviour.</li>
 *   <li><b>vpcd</b> — {@link jp.madoguchi.card.virtual.VpcdClient} plugs a card into a real pcscd through
 *       vsmartcard's vpcd driver ({@code VpcdConnection} framing, {@code VpcdSession} protocol).</li>
 * </ul>
 */
package jp.madoguchi.card.virtual;
