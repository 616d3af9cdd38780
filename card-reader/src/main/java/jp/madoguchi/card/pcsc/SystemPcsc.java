package jp.madoguchi.card.pcsc;

import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.fault.PcscFaults;

/**
 * The system's PC/SC service through SunPCSC. Uses {@code getInstance("PC/SC", null)}, which recovers once
 * pcscd is up, unlike {@code getDefault()}. SunPCSC keeps one static context and caches terminals bound to
 * it; after pcscd restarts both are dead, and a cached terminal can outlive a list() that happens to pass.
 * So every fresh view starts from a fresh context (see {@link PcscContextReset}). Cards already connected
 * keep working on their own handles.
 *
 * <p>Loading this class switches off SunPCSC's own re-sending ({@link SunPcscSettings}), and no view is handed out
 * while SunPCSC would still re-send: a VERIFY must reach the card exactly once.
 */
public final class SystemPcsc implements TerminalSource {
    static {
        SunPcscSettings.apply();
    }

    @Override
    public CardTerminals terminals() throws CardFaultException {
        Optional<String> resends = SunPcscSettings.problem();
        if (resends.isPresent()) {
            throw new CardFaultException(new CardFault.Unexpected("SUNPCSC_RESENDS", resends.get()));
        }
        PcscContextReset.reset();
        return liveTerminals();
    }

    /**
     * A view on the context SunPCSC holds now, replaced only when that one is dead: for a second PC/SC user in the
     * same JVM (a test waiting for pcscd to see its virtual card) that must not pull the live context from under the
     * kiosk's monitor, whose waits would then fail with SCARD_E_INVALID_HANDLE and abort the visit.
     */
    public CardTerminals shared() throws CardFaultException {
        Optional<String> resends = SunPcscSettings.problem();
        if (resends.isPresent()) {
            throw new CardFaultException(new CardFault.Unexpected("SUNPCSC_RESENDS", resends.get()));
        }
        try {
            return liveTerminals();
        } catch (CardFaultException dead) {
            return terminals();
        }
    }

    private static CardTerminals liveTerminals() throws CardFaultException {
        CardTerminals terminals;
        try {
            terminals = TerminalFactory.getInstance("PC/SC", null).terminals();
        } catch (NoSuchAlgorithmException e) {
            CardFault fault = PcscFaults.map(e, null);
            if (fault instanceof CardFault.Unexpected) {
                // No SCARD code: the PC/SC library itself is missing (libpcsclite1 not installed).
                fault = new CardFault.ServiceDown("PC/SC library not available: " + e.getMessage());
            }
            throw new CardFaultException(fault, e);
        } catch (RuntimeException e) {
            throw PcscFaults.exception(e, null);
        }
        try {
            terminals.list(); // proves the context is alive; a dead one answers NO_SERVICE/INVALID_HANDLE
        } catch (CardException | RuntimeException e) {
            CardFault fault = PcscFaults.map(e, null);
            if (!(fault instanceof CardFault.NoReaders)) {
                throw new CardFaultException(fault, e);
            }
        }
        return terminals;
    }

    @Override
    public void recover() {
        PcscContextReset.reset();
    }

    @Override
    public String describe() {
        return "PC/SC";
    }
}
