package jp.madoguchi.issuance.json;

/** Input that does not have the documented shape; the message names the path of the offending value. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
