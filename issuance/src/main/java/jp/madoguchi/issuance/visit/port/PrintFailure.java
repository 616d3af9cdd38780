package jp.madoguchi.issuance.visit.port;

/** Why a print job stopped. */
public enum PrintFailure {
    OUT_OF_PAPER,
    /** The queue was stopped (CUPS: disabled printer, or a job error policy). */
    QUEUE_STOPPED,
    /** The printer disappeared (unplugged, off, unreachable). */
    PRINTER_GONE
}
