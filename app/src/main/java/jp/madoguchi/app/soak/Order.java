package jp.madoguchi.app.soak;

import java.util.Set;
import java.util.random.RandomGenerator;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.ui.kiosk.DemoCash;

/**
 * The order and payment screens: a certificate of the residence with its default options, sometimes two copies,
 * paid at the demonstration cash panel with a ¥1000 note (change given) or with ¥100 coins (exact).
 */
final class Order {
    private static final Set<String> ORDER_STEPS = Set.of("choose-options", "choose-subjects", "choose-copies");

    private final SoakKiosk kiosk;
    private final RandomGenerator random;
    private final DemoCash cash;

    Order(SoakKiosk kiosk, RandomGenerator random) {
        this.kiosk = kiosk;
        this.random = random;
        this.cash = kiosk.session().demoCash();
    }

    /** Orders and pays; returns once the documents are out and the resident has taken them. */
    void pay(CertificateType certificate) throws InterruptedException {
        int due = toPayment(certificate);
        if (due <= 1000 && random.nextBoolean()) {
            cash.insert(1000);
        } else {
            for (int paid = 0; paid < due; paid += 100) {
                cash.insert(100);
            }
        }
        kiosk.await("take-documents");
        kiosk.send(new ResidentAction.Confirm());
    }

    /** Orders, puts in less than is due, and cancels: the visit ends and the coins come back. */
    void cancelAtPayment(CertificateType certificate) throws InterruptedException {
        int due = toPayment(certificate);
        for (int paid = 100; paid < due; paid += 100) {
            cash.insert(100);
        }
        // Each coin is journaled before insert returns, so the cancel finds them all in.
        kiosk.send(new ResidentAction.Cancel());
    }

    /** From choosing the municipality to the payment screen; returns the amount due. */
    private int toPayment(CertificateType certificate) throws InterruptedException {
        kiosk.await("choose-municipality");
        kiosk.send(new ResidentAction.ChooseMunicipality(MunicipalityRole.RESIDENCE));
        kiosk.await("choose-certificate");
        kiosk.send(new ResidentAction.ChooseCertificate(certificate));
        String step = kiosk.await(s -> !s.step().id().equals("choose-certificate"), "the order screens").step().id();
        while (ORDER_STEPS.contains(step)) {
            if (kiosk.shown().step() instanceof ChooseCopies copies && copies.copies() == 1 && copies.maxCopies() > 1
                    && random.nextInt(4) == 0) {
                kiosk.send(new ResidentAction.SetCopies(2));
                kiosk.await(s -> s.step() instanceof ChooseCopies c && c.copies() == 2, "two copies");
            }
            kiosk.send(new ResidentAction.Confirm());
            String left = step;
            step = kiosk.await(s -> !s.step().id().equals(left), "the step after " + left).step().id();
        }
        kiosk.await("confirm");
        kiosk.send(new ResidentAction.Confirm());
        return ((Payment) kiosk.await("payment").step()).amountDue();
    }
}
