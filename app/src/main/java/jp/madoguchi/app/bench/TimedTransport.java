package jp.madoguchi.app.bench;

import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFaultException;

/** Adds up the time spent inside card exchanges, as the protocol layer sees them. */
final class TimedTransport implements ApduTransport {
    private final ApduTransport next;
    private long nanos;

    TimedTransport(ApduTransport next) {
        this.next = next;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        long start = System.nanoTime();
        try {
            return next.transmit(command);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    long nanos() {
        return nanos;
    }
}
