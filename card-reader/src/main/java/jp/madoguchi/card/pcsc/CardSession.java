package jp.madoguchi.card.pcsc;

import jp.madoguchi.card.apdu.ApduTransport;

/**
 * What a piece of card work gets on the reader's owner thread: the transport (standard decorators applied,
 * card held exclusively for the duration of the work) and the card's ATR. Valid only inside the work.
 * {@code wire} is the bare PC/SC transport without decorators or trace, for measuring the stack itself.
 */
public record CardSession(String reader, ApduTransport transport, String atr, ApduTransport wire) {}
