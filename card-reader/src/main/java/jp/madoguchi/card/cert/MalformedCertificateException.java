package jp.madoguchi.card.cert;

/** Bytes or an extension that do not form what a JPKI certificate must contain. Never carries personal data. */
public final class MalformedCertificateException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedCertificateException(String message) {
        super(message);
    }

    public MalformedCertificateException(String message, Throwable cause) {
        super(message, cause);
    }
}
