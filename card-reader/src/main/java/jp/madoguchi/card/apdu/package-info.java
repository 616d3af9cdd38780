/**
 * The transport-free APDU core: immutable command and response values, the status-word model, the
 * {@link jp.madoguchi.card.apdu.ApduTransport} contract and protocol quirks as small decorators
 * (GET RESPONSE chaining, 6Cxx re-send, redacting trace). Nothing here knows javax.smartcardio.
 */
package jp.madoguchi.card.apdu;
