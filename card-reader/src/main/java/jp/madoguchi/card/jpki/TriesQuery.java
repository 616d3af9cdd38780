package jp.madoguchi.card.jpki;

import jp.madoguchi.card.apdu.StatusWord;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;

/** The empty VERIFY ({@code 00 20 00 80}) on a PIN's key reference: reads the tries left, never uses one. */
final class TriesQuery {
    private final JpkiSession session;

    TriesQuery(JpkiSession session) {
        this.session = session;
    }

    PinTries query(PinKind kind) throws CardFaultException {
        session.select(EfPath.pin(kind));
        int sw = session.transmit(JpkiCommands.triesQuery()).sw();
        if (StatusWord.COUNTER.matches(sw)) {
            // 63C0 here means blocked: it is the answer to an empty VERIFY on a locked key.
            return new PinTries(kind, StatusWord.parameter(sw));
        }
        if (StatusWord.of(sw).isBlocked()) {
            return new PinTries(kind, 0);
        }
        if (sw == 0x9000) {
            // Some cards answer 9000 while the PIN is verified in this session: no count, and no proof of
            // anything either (see PinTries).
            return PinTries.notReported(kind);
        }
        throw JpkiFaults.protocol("Tries query for the " + kind.id() + " PIN", sw, "expected 63Cx");
    }
}
