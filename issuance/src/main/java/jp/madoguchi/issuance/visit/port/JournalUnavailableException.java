package jp.madoguchi.issuance.visit.port;

/** The journal could not durably record an entry (disk full, file gone, database locked). */
public class JournalUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
