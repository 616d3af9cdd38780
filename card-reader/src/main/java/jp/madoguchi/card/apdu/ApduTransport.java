package jp.madoguchi.card.apdu;

import jp.madoguchi.card.fault.CardFaultException;

/**
 * Sends one command APDU and returns its response. Not thread-safe by design: every transport belongs to
 * one reader's owner thread. Implementations turn every transport failure into a {@link CardFaultException};
 * nothing unchecked escapes.
 */
@FunctionalInterface
public interface ApduTransport extends AutoCloseable {
    ResponseApdu transmit(CommandApdu command) throws CardFaultException;

    @Override
    default void close() {}
}
