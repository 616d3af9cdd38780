/**
 * The kiosk journal: every visit's events in one local SQLite file (WAL, {@code synchronous=FULL}), each record
 * chained to the previous one by SHA-256 so that an edit or a deletion is detectable. It holds ids, amounts and
 * outcomes only: the card appears as a salted hash of its certificate serial, never a name, PIN or 個人番号.
 * On start the kiosk runs {@link jp.madoguchi.app.output.journal.CrashRecovery}, which closes visits a crash left open
 * and marks money taken without a printed document for refund.
 */
package jp.madoguchi.app.output.journal;
