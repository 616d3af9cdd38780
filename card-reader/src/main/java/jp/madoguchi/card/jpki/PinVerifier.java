package jp.madoguchi.card.jpki;

import java.util.Arrays;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.apdu.StatusWord;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.Pin;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinPolicy;
import jp.madoguchi.card.pin.PinTries;

/**
 * The only path that sends a VERIFY carrying a PIN. Each attempt checks the format locally first (no APDU
 * for a PIN that cannot be right), queries the tries, lets {@link PinPolicy} decide, and sends at most one
 * VERIFY. Nothing re-sends it: not this class, not the decorators (reads only), not SunPCSC (switched off,
 * {@code SunPcscSettings}). Any answer but 9000, 63Cx, 6983 or 6984 may have cost a try, so the tries are read
 * again before anything is said. The PIN lives in arrays that are wiped as soon as they are sent.
 */
public final class PinVerifier {
    private final JpkiSession session;
    private final TriesQuery triesQuery;

    public PinVerifier(JpkiSession session) {
        this.session = session;
        this.triesQuery = new TriesQuery(session);
    }

    /**
     * One attempt at {@code kind}'s PIN. {@code input} is wiped before this returns, whatever happens.
     *
     * @param lastTryConfirmed the resident confirmed using the last try; ignored when more tries are left
     */
    public PinAttempt attempt(PinKind kind, char[] input, boolean lastTryConfirmed) throws CardFaultException {
        Pin.Result parsed = Pin.of(kind, input);
        if (!parsed.ok()) {
            return new PinAttempt.FormatRejected(parsed.problem());
        }
        try (Pin pin = parsed.pin()) {
            PinTries tries = triesQuery.query(kind);
            return switch (PinPolicy.decide(tries, parsed, lastTryConfirmed)) {
                case SEND -> send(pin);
                case REFUSE_BLOCKED -> new PinAttempt.Blocked();
                case REFUSE_UNKNOWN -> new PinAttempt.TriesUnknown();
                case NEEDS_CONFIRMATION -> new PinAttempt.ConfirmationRequired(tries.triesLeft());
                case REFUSE_FORMAT -> throw new IllegalStateException("the format was checked before the query");
            };
        }
    }

    private PinAttempt send(Pin pin) throws CardFaultException {
        PinKind kind = pin.kind();
        byte[] body = pin.asciiCopy();
        CommandApdu verify = JpkiCommands.verify(body);
        Arrays.fill(body, (byte) 0);
        ResponseApdu response;
        try {
            response = session.transmit(verify);
        } finally {
            verify.wipe();
        }
        if (response.isOk()) {
            session.markVerified(kind);
            return new PinAttempt.Verified();
        }
        session.forgetVerified(kind);
        return switch (response.status()) {
            case COUNTER -> {
                int left = StatusWord.parameter(response.sw());
                yield left == 0 ? new PinAttempt.Blocked() : new PinAttempt.WrongPin(left);
            }
            case AUTH_METHOD_BLOCKED, REFERENCE_DATA_BLOCKED -> new PinAttempt.Blocked();
            // No verdict, yet the card may have counted the PIN: ask it, with the empty VERIFY, what it holds now.
            default -> new PinAttempt.Unconfirmed(response.sw(), triesQuery.query(kind));
        };
    }
}
