package jp.madoguchi.card.pcsc;

import jp.madoguchi.card.apdu.ApduTransport;

/**
 * What a piece of card work gets on the reader's owner thread: the transport (standard decorators applied,
 * card held exclusively for the duration of the work) and the card's ATR. Valid only inside the work.
 */
public record CardSession(String reader, ApduTransport transport, String atr) {}
