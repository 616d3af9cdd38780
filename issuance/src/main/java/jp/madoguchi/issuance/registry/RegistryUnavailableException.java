package jp.madoguchi.issuance.registry;

/**
 * The registry did not answer (no connection, a timeout, a server error or an answer that is not the protocol's):
 * nothing is known about the resident either way, so the kiosk is out of service rather than telling a resident
 * they are not registered. The message names the failure, never a resident's data.
 */
public final class RegistryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistryUnavailableException(String message) {
        super(message);
    }

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
