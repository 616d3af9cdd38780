package jp.madoguchi.card.pcsc;

import javax.smartcardio.CardTerminals;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * Where readers come from: the system's PC/SC service, or the in-process virtual card. The seam sits at
 * the factory (docs/card.md) so the same monitor and owner code runs on both.
 */
public interface TerminalSource {
    /** A fresh view of the terminals; throws ServiceDown while PC/SC cannot be reached. */
    CardTerminals terminals() throws CardFaultException;

    /** Called after the service went away, before the next {@link #terminals()}. */
    default void recover() {}

    /** For messages: "PC/SC" or "virtual card". */
    String describe();
}
