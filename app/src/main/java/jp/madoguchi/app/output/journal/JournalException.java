package jp.madoguchi.app.output.journal;

import jp.madoguchi.issuance.visit.port.JournalUnavailableException;

/**
 * The journal could not be read or written. Unchecked because no caller can carry on without it: a kiosk that cannot
 * journal must stop taking money, so this propagates to whoever stops the visit. It is the port's
 * {@link JournalUnavailableException}, which the visit catches and logs.
 */
public final class JournalException extends JournalUnavailableException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    public JournalException(String message) {
        super(message, null);
    }
}
