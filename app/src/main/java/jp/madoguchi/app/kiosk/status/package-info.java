/**
 * What a fleet's monitoring sees of a kiosk: the running kiosk publishes a {@link
 * jp.madoguchi.app.kiosk.status.KioskStatus} to {@code status.json} beside its journal every few seconds
 * ({@link jp.madoguchi.app.kiosk.status.StatusFile}), and {@code madoguchi status} reads it, adds the machine's own
 * facts and exits 0 (in service), 1 (degraded) or 2 (out of service or not running). No names, PINs, 個人番号 or card
 * serials ever go into it.
 */
package jp.madoguchi.app.kiosk.status;
