package jp.madoguchi.app.output.document;

/**
 * A certificate that must not be issued or printed: a cancelled seal, a subject outside the request, a document of
 * another visit. Failing closed is the point; {@code reason} is a stable id for the journal and the screen.
 */
public final class DocumentRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public DocumentRefused(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
