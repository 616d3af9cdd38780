package jp.madoguchi.card.jpki;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;

/** Short-hands for the faults this package raises, so every message is built the same way. */
final class JpkiFaults {
    private JpkiFaults() {}

    static CardFaultException protocol(String operation, int sw, String detail) {
        return new CardFaultException(new CardFault.ProtocolError(operation, sw, detail));
    }

    static CardFaultException pinRequired(PinKind pin, String operation) {
        return new CardFaultException(new CardFault.PinRequired(pin, operation));
    }
}
