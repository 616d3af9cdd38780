package jp.madoguchi.card.jpki;

import jp.madoguchi.card.apdu.ResponseApdu;
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
        ResponseApdu response = session.transmit(JpkiCommands.triesQuery());
        StatusWord status = response.expect("Tries query for the " + kind.id() + " PIN", "expected 63Cx",
                StatusWord.COUNTER, StatusWord.AUTH_METHOD_BLOCKED, StatusWord.REFERENCE_DATA_BLOCKED, StatusWord.OK);
        return switch (status) {
            // 63C0 here means blocked: it is the answer to an empty VERIFY on a locked key.
            case COUNTER -> new PinTries(kind, StatusWord.parameter(response.sw()));
            case AUTH_METHOD_BLOCKED, REFERENCE_DATA_BLOCKED -> new PinTries(kind, 0);
            // Some cards answer 9000 while the PIN is verified in this session: no count, and no proof of
            // anything either (see PinTries).
            default -> PinTries.notReported(kind);
        };
    }
}
