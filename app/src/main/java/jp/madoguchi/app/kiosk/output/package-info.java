/**
 * The visit's output ports ({@code jp.madoguchi.issuance.visit.port}) over the real output components: the SQLite
 * journal, the certificate issuer behind the print guard, the configured printer, and the payment device. Each
 * adapter is small; {@link jp.madoguchi.app.kiosk.output.KioskOutputs} assembles them for a kiosk.
 */
package jp.madoguchi.app.kiosk.output;
