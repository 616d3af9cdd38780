package jp.madoguchi.card.virtual.pcsc;

/**
 * Stands in for SunPCSC's internal PCSCException: the message is the bare {@code SCARD_*} name, so
 * {@link jp.madoguchi.card.fault.PcscFaults} classifies virtual failures exactly like real ones.
 */
final class PcscError extends Exception {
    private static final long serialVersionUID = 1L;

    static final String NO_READERS_AVAILABLE = "SCARD_E_NO_READERS_AVAILABLE";
    static final String NO_SMARTCARD = "SCARD_E_NO_SMARTCARD";
    static final String REMOVED_CARD = "SCARD_W_REMOVED_CARD";
    static final String NOT_TRANSACTED = "SCARD_E_NOT_TRANSACTED";
    static final String UNPOWERED_CARD = "SCARD_W_UNPOWERED_CARD";
    static final String READER_UNAVAILABLE = "SCARD_E_READER_UNAVAILABLE";
    static final String UNKNOWN_READER = "SCARD_E_UNKNOWN_READER";
    static final String PROTO_MISMATCH = "SCARD_E_PROTO_MISMATCH";
    static final String UNSUPPORTED_FEATURE = "SCARD_E_UNSUPPORTED_FEATURE";

    PcscError(String code) {
        super(code);
    }

    String code() {
        return getMessage();
    }
}
