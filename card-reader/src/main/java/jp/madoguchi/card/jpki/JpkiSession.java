package jp.madoguchi.card.jpki;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.apdu.StatusWord;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;

/**
 * One conversation with one inserted card. It remembers the selected application and EF so a SELECT is never
 * sent for what is already selected, and which PINs are verified so a command doomed to 6982 is refused
 * without an APDU.
 *
 * <p>Selecting an application forgets the EF and the verified PINs: the card keeps security state per
 * application (OpenSC logs out by re-selecting the AP). A transport fault forgets everything, because the
 * card may have been reset or swapped; so does {@link #invalidate()}, which the owner calls after a
 * reconnect. Not thread-safe, like the transport it wraps.
 */
public final class JpkiSession {
    private static final int NO_FILE = -1;
    private static final int INS_SELECT = 0xA4;

    private final ApduTransport transport;
    private final Set<PinKind> verified = EnumSet.noneOf(PinKind.class);
    private Application application;
    private int file = NO_FILE;

    public JpkiSession(ApduTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Selects the application if it is not the current one; any answer but 9000 is a protocol error. */
    public void selectApplication(Application target) throws CardFaultException {
        if (!selectApplicationIfPresent(target)) {
            throw JpkiFaults.protocol("SELECT " + target, StatusWord.FILE_NOT_FOUND.value(),
                    "the card has no such application");
        }
    }

    /** Like {@link #selectApplication} but answers false when the card has no such application (6A82). */
    public boolean selectApplicationIfPresent(Application target) throws CardFaultException {
        if (target == application) {
            return true;
        }
        invalidate();
        StatusWord status = send(JpkiCommands.selectApplication(target))
                .expect("SELECT " + target, StatusWord.OK, StatusWord.FILE_NOT_FOUND);
        if (status == StatusWord.FILE_NOT_FOUND) {
            return false;
        }
        application = target;
        return true;
    }

    /** Selects the application and then the EF, each only if not already selected. */
    public void select(EfPath path) throws CardFaultException {
        selectApplication(path.application());
        if (file == path.fid()) {
            return;
        }
        file = NO_FILE;
        String operation = "SELECT EF " + path;
        ResponseApdu response = send(JpkiCommands.selectFile(path.fid()));
        if (response.expect(operation, StatusWord.OK, StatusWord.FILE_NOT_FOUND) == StatusWord.FILE_NOT_FOUND) {
            throw JpkiFaults.protocol(operation, response.sw(), "the card has no such file");
        }
        file = path.fid();
    }

    /** Forget all card state; call after a reset or reconnect. The next command selects afresh. */
    public void invalidate() {
        application = null;
        file = NO_FILE;
        verified.clear();
    }

    public Optional<Application> currentApplication() {
        return Optional.ofNullable(application);
    }

    /** True when this session verified the PIN (or the card said so) since its application was selected. */
    public boolean isVerified(PinKind pin) {
        return verified.contains(pin) && EfPath.pin(pin).application() == application;
    }

    void markVerified(PinKind pin) {
        verified.add(pin);
    }

    void forgetVerified(PinKind pin) {
        verified.remove(pin);
    }

    /** Sends a non-SELECT command; SELECTs go through the tracking methods above or tracking would lie. */
    ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        if (command.ins() == INS_SELECT) {
            throw new IllegalArgumentException("SELECT must go through JpkiSession.select");
        }
        return send(command);
    }

    private ResponseApdu send(CommandApdu command) throws CardFaultException {
        try {
            return transport.transmit(command);
        } catch (CardFaultException e) {
            invalidate();
            throw e;
        }
    }
}
