package jp.madoguchi.issuance.visit.step;

import java.util.Locale;
import jp.madoguchi.issuance.Identified;

/**
 * The things a resident's visit needs from the kiosk, each checked on its own; any one failing puts the kiosk out of
 * service ({@link OutOfService}). The ids go to the log, the staff line of the out-of-service screen and
 * {@code status}.
 */
public enum ServiceCheck implements Identified {
    /** The configured card reader is present and PC/SC answers. */
    READER,
    /** The printer queue accepts and prints jobs. */
    PRINTER,
    /** The payment device is connected and without a fault. */
    PAYMENT,
    /** At least one trust anchor is configured, so a card's certificate can be verified. */
    TRUST,
    /** The municipalities' rules loaded completely. */
    RULES,
    /** The resident registry answers. */
    REGISTRY,
    /** The journal can be written. */
    JOURNAL,
    /** Enough disk is free for the journal and the spool. */
    DISK,
    /** A staff PIN is configured, and it is not a demonstration or trivial one. */
    STAFF_PIN,
    /** The configuration itself is complete for the kiosk's mode. */
    CONFIGURATION;

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
