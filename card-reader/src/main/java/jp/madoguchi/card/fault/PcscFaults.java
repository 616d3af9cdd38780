package jp.madoguchi.card.fault;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single place that maps PC/SC failures to {@link CardFault}s. SunPCSC's PCSCException is internal, so,
 * like apdu4j's SCard.getPCSCError, this walks the cause chain for the SCARD_* name. After a removal SunPCSC
 * throws IllegalStateException("Card has been removed"), which is a removal too.
 */
public final class PcscFaults {
    private static final Pattern SCARD = Pattern.compile("SCARD_[EFWS]_\\w+");

    private PcscFaults() {}

    public static CardFault map(Throwable failure, String reader) {
        Optional<String> code = scardCode(failure);
        if (code.isEmpty()) {
            if (isRemovedState(failure)) {
                return new CardFault.CardRemoved();
            }
            return new CardFault.Unexpected("UNKNOWN", describe(failure));
        }
        return switch (code.get()) {
            case "SCARD_E_NO_READERS_AVAILABLE" -> new CardFault.NoReaders();
            case "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED", "SCARD_F_COMM_ERROR", "SCARD_E_INVALID_HANDLE",
                    "SCARD_E_NO_ACCESS", "SCARD_E_INVALID_CONTEXT" -> new CardFault.ServiceDown(code.get());
            case "SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD", "SCARD_E_NOT_TRANSACTED", "SCARD_W_RESET_CARD",
                    "SCARD_W_UNPOWERED_CARD", "SCARD_W_UNRESPONSIVE_CARD" -> new CardFault.CardRemoved();
            case "SCARD_E_READER_UNAVAILABLE", "SCARD_E_UNKNOWN_READER" -> new CardFault.ReaderGone(reader);
            case "SCARD_E_SHARING_VIOLATION" -> new CardFault.SharingViolation();
            default -> new CardFault.Unexpected(code.get(), describe(failure));
        };
    }

    public static CardFaultException exception(Throwable failure, String reader) {
        return new CardFaultException(map(failure, reader), failure);
    }

    /** The first SCARD_* name found in the messages of the cause chain. */
    public static Optional<String> scardCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                Matcher m = SCARD.matcher(message);
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isRemovedState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("removed")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
