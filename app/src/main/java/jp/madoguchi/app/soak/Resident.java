package jp.madoguchi.app.soak;

import java.util.List;
import java.util.random.RandomGenerator;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * One resident's whole visit of a given kind, through the kiosk's screens with resident actions and the virtual
 * card, from the start screen back to it with the card taken. Holders are those the sample registry knows in
 * 播磨町: every one may have a 住民票; 見本 太郎 (default) and the foreign resident have a registered seal.
 */
final class Resident {
    private static final List<String> RESIDENTS = List.of("default", "hanako", "foreign");
    private static final List<String> SEAL_HOLDERS = List.of("default", "foreign");
    private static final char[] WRONG_PIN = "0000".toCharArray();

    private final SoakKiosk kiosk;
    private final RandomGenerator random;
    private final Order order;

    Resident(SoakKiosk kiosk, RandomGenerator random) {
        this.kiosk = kiosk;
        this.random = random;
        this.order = new Order(kiosk, random);
    }

    /** Runs the visit and returns its id once the kiosk is back on the start screen with no card on it. */
    VisitId visit(VisitKind kind) throws InterruptedException {
        kiosk.await(s -> s.visit().isEmpty() && !s.cardOnReader() && s.step().id().equals("attract"),
                "start screen between visits");
        Holder holder = Holders.byId(pick(kind == VisitKind.SEAL_CERTIFICATE ? SEAL_HOLDERS : RESIDENTS));
        kiosk.send(new ResidentAction.ChooseService(kind == VisitKind.CARD_CHECK ? Service.CARD_CHECK
                : Service.CERTIFICATES));
        VisitId visit = kiosk.await("place-card").visit().orElseThrow();
        kiosk.place(holder);
        switch (kind) {
            case RESIDENT_RECORD, SEAL_CERTIFICATE, WRONG_PIN_THEN_PAID -> certificate(kind, holder);
            case CARD_CHECK -> cardCheck();
            case CANCEL_AT_PAYMENT -> {
                identify(holder);
                order.cancelAtPayment(CertificateType.RESIDENT_RECORD);
            }
            case CANCEL_AT_PIN -> {
                kiosk.await("pin-entry");
                kiosk.send(new ResidentAction.Cancel());
            }
            case TWO_WRONG_PINS_GIVE_UP -> giveUpAtLastTry();
            case PULLED_AT_PIN -> {
                kiosk.await("pin-entry");
                kiosk.remove();
                leaveAborted();
            }
            case PULLED_MID_READ -> {
                // Placed already: the card goes within its first few answers, well inside the read.
                kiosk.pullDuring(random.nextInt(6));
                leaveAborted();
            }
        }
        takeCardAway();
        return visit;
    }

    private void certificate(VisitKind kind, Holder holder) throws InterruptedException {
        if (kind == VisitKind.WRONG_PIN_THEN_PAID) {
            wrongPin(2);
        }
        identify(holder);
        order.pay(kind == VisitKind.SEAL_CERTIFICATE ? CertificateType.SEAL_REGISTRATION
                : CertificateType.RESIDENT_RECORD);
        kiosk.await("thank-you");
        kiosk.send(new ResidentAction.Confirm());
    }

    /** The right PIN on the pad, then the card taken when the kiosk asks for it. */
    private void identify(Holder holder) throws InterruptedException {
        kiosk.await("pin-entry");
        kiosk.send(new ResidentAction.EnterPin(holder.pins().chars(PinKind.AUTH)));
        kiosk.await("remove-card");
        kiosk.remove();
    }

    /** A wrong PIN; the pad comes back with the card's own count, {@code triesLeft}. */
    private void wrongPin(int triesLeft) throws InterruptedException {
        kiosk.await("pin-entry");
        kiosk.send(new ResidentAction.EnterPin(WRONG_PIN.clone()));
        kiosk.await(s -> s.step() instanceof PinEntry p && p.triesLeft() == triesLeft, triesLeft + " tries left");
    }

    private void giveUpAtLastTry() throws InterruptedException {
        wrongPin(2);
        kiosk.send(new ResidentAction.EnterPin(WRONG_PIN.clone()));
        kiosk.await("last-try-warning");
        kiosk.send(new ResidentAction.Back());
    }

    private void cardCheck() throws InterruptedException {
        kiosk.await("card-check-result");
        kiosk.send(new ResidentAction.Confirm());
        VisitSnapshot next = kiosk.await(s -> s.step().id().equals("remove-card")
                || s.step().id().equals("thank-you"), "remove-card or thank-you");
        if (next.step().id().equals("remove-card")) {
            kiosk.remove();
            kiosk.await("thank-you");
        }
        kiosk.send(new ResidentAction.Confirm());
    }

    private void leaveAborted() throws InterruptedException {
        kiosk.await("aborted");
        kiosk.send(new ResidentAction.Confirm());
    }

    /** Back on the start screen, the card goes with its owner, and the kiosk must have seen it go. */
    private void takeCardAway() throws InterruptedException {
        kiosk.await(s -> s.visit().isEmpty() && s.step().id().equals("attract"), "start screen after the visit");
        kiosk.remove();
        kiosk.await(s -> !s.cardOnReader(), "the card taken from the reader");
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
