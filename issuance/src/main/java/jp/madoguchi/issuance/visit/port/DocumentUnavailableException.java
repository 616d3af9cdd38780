package jp.madoguchi.issuance.visit.port;

/** The document could not be produced (back end unreachable, data missing); the message is for staff. */
public final class DocumentUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentUnavailableException(String message) {
        super(message);
    }

    public DocumentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
