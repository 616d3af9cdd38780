package jp.madoguchi.app.rules;

/** A rules directory that is not a bundle the kiosk may load: unsigned, signed by a stranger, or altered. */
public final class BundleRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public BundleRefused(String message) {
        super(message);
    }

    public BundleRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
