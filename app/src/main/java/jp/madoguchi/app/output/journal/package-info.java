/**
 * The kiosk journal: every visit's entries ({@code JournalEntry}, the one event model the visit and the adapters write
 * through the {@code VisitJournal} port) in one local SQLite file (WAL, {@code synchronous=FULL}), one row per entry
 * ({@link jp.madoguchi.app.output.journal.EntryType}), each chained to the previous one by SHA-256 so that an edit or a
 * deletion is detectable; journals written before 0.2 read back into the same model. It holds ids, amounts and
 * outcomes only: the card appears as a keyed hash of its certificate serial, never a name, PIN or 個人番号.
 * On start the kiosk runs {@link jp.madoguchi.app.output.journal.CrashRecovery}, which closes visits a crash left open
 * and marks money taken without a printed document for refund.
 */
package jp.madoguchi.app.output.journal;
