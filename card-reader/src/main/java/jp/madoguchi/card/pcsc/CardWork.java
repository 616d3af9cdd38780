package jp.madoguchi.card.pcsc;

import jp.madoguchi.card.fault.CardFaultException;

/** A unit of card I/O, run on the reader's owner thread inside one PC/SC transaction. */
@FunctionalInterface
public interface CardWork<T> {
    T run(CardSession session) throws CardFaultException;
}
