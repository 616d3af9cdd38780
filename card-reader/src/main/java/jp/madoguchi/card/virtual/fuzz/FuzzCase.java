package jp.madoguchi.card.virtual.fuzz;

import java.util.SplittableRandom;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.ApduTransports;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.jpki.CardCertificate;
import jp.madoguchi.card.jpki.JpkiReader;
import jp.madoguchi.card.jpki.PinAttempt;
import jp.madoguchi.card.pcsc.PcscTransport;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.HolderCredentials;

/**
 * One case: a fresh card, the planned mutations on its wire, and the kiosk's own flows over the real
 * {@code PcscTransport} and decorator stack, as {@code CardWorks} runs them — read (identify, both PINs' tries, the
 * auth certificate), then up to two PIN attempts, each in a new {@code JpkiReader}; or the doctor's public read.
 * The card API may end a flow with a {@link CardFaultException} or a {@link PinAttempt}; anything else that escapes
 * is a crash, and so is a typed PIN left unwiped.
 */
final class FuzzCase {
    private FuzzCase() {}

    static CaseResult run(long seed, Holder base, HolderCredentials credentials, CasePlan plan) {
        SplittableRandom random = new SplittableRandom(seed);
        Holder holder = plan.card(base);
        CaseWire wire = new CaseWire(VirtualMyNumberCard.of(holder, credentials), plan.mutations(), random);
        FuzzTerminal terminal = new FuzzTerminal(wire);
        String outcome;
        Throwable crash = null;
        try (PcscTransport pcsc = PcscTransport.connect(terminal)) {
            ApduTransport stack = ApduTransports.standard(pcsc, null);
            outcome = pcsc.exclusive(t -> plan.doctor() ? doctor(stack) : visit(stack, plan, holder, wire));
        } catch (CardFaultException e) {
            outcome = "fault " + e.fault().getClass().getSimpleName();
        } catch (RuntimeException | Error e) {
            outcome = "crash " + e.getClass().getSimpleName();
            crash = e;
        }
        VerifyLedger ledger = wire.ledger();
        return new CaseResult(outcome, crash, wire.looped(), wire.apdus(), ledger.verifies(), ledger.unpermitted(),
                ledger.consumed(), wire.applied());
    }

    private static String doctor(ApduTransport stack) throws CardFaultException {
        new JpkiReader(stack).readPublic();
        return "read";
    }

    private static String visit(ApduTransport stack, CasePlan plan, Holder holder, CaseWire wire)
            throws CardFaultException {
        JpkiReader read = new JpkiReader(stack);
        read.identify();
        read.queryTries(PinKind.AUTH);
        read.queryTries(PinKind.SIGN);
        read.readAuthCertificate();
        PinAttempt attempt = null;
        for (int n = 0; n < 2; n++) {
            JpkiReader card = new JpkiReader(stack);
            char[] pin = plan.pin(n, holder);
            wire.ledger().attempting(plan.lastTryConfirmed(), plan.typed()[n] == CasePlan.TypedPin.RIGHT);
            attempt = card.pinVerifier().attempt(PinKind.AUTH, pin, plan.lastTryConfirmed());
            for (char c : pin) {
                if (c != '\0') {
                    throw new IllegalStateException("the typed PIN was not wiped after " + attempt);
                }
            }
            if (attempt instanceof PinAttempt.Verified) {
                CardCertificate certificate = card.readAuthCertificate();
                if (plan.possessionProof()) {
                    card.possessionProof().prove(certificate.certificate());
                }
            }
            if (!(attempt instanceof PinAttempt.WrongPin)) {
                break;
            }
        }
        return attempt.getClass().getSimpleName();
    }

    /** What one case came to. {@code applied} counts the mutations that fired, by ordinal. */
    record CaseResult(String outcome, Throwable crash, boolean looped, int apdus, int verifies, int unpermitted,
            int consumed, long[] applied) {}
}
