package jp.madoguchi.issuance.visit.simulate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.SubjectSelection;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.SubjectChoice;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * The resident's choices on the order and payment screens: a random available certificate, sometimes a change of
 * options, people or copies (once per screen, so the resident moves on), and paying, giving up or going back.
 * With faults, a stranger's card lands on the reader now and then and the printer or document service fails.
 */
final class OrderChoices {
    private final RandomGenerator random;
    private final SimulatedKiosk kiosk;
    private final boolean faults;
    private final Set<Class<?>> adjusted = new HashSet<>();

    OrderChoices(RandomGenerator random, SimulatedKiosk kiosk, boolean faults) {
        this.random = random;
        this.kiosk = kiosk;
        this.faults = faults;
    }

    /** False when the step is not an order or payment screen. */
    boolean actOn(VisitSnapshot snapshot) {
        VisitStep step = snapshot.step();
        boolean ordering = step instanceof ChooseMunicipality || step instanceof ChooseCertificate
                || step instanceof ChooseOptions || step instanceof ChooseSubjects || step instanceof ChooseCopies
                || step instanceof Confirm || step instanceof Payment;
        if (!ordering) {
            return false;
        }
        if (faults && !snapshot.cardOnReader() && chance(0.02)) {
            kiosk.place(Holders.byId("hanako"));
        } else if (step instanceof ChooseMunicipality screen) {
            act(new ResidentAction.ChooseMunicipality(screen.choices().get(random.nextInt(screen.choices().size()))
                    .role()));
        } else if (step instanceof ChooseCertificate menu) {
            certificate(menu);
        } else if (step instanceof Confirm confirm) {
            act(confirm.allowed() && chance(0.95) ? new ResidentAction.Confirm() : new ResidentAction.Back());
        } else if (step instanceof Payment) {
            pay(snapshot);
        } else if (adjusted.add(step.getClass()) && chance(0.5)) {
            adjust(step);
        } else {
            act(new ResidentAction.Confirm());
        }
        return true;
    }

    private void certificate(ChooseCertificate menu) {
        List<CertificateChoice> available = menu.items().stream().filter(CertificateChoice::available).toList();
        if (available.isEmpty()) {
            act(new ResidentAction.Back());
        } else {
            act(new ResidentAction.ChooseCertificate(available.get(random.nextInt(available.size())).certificate()));
        }
    }

    /** Changes the selection to something different from what is shown, so the screen changes. */
    private void adjust(VisitStep step) {
        if (step instanceof ChooseOptions options && !options.available().isEmpty()) {
            Set<CertificateOption> chosen = EnumSet.noneOf(CertificateOption.class);
            chosen.add(List.copyOf(options.available()).get(random.nextInt(options.available().size())));
            act(new ResidentAction.SetOptions(new RequestedOptions(chosen, options.chosen().taxYear())));
        } else if (step instanceof ChooseSubjects subjects) {
            act(new ResidentAction.ChooseSubjects(subjects.wholeHouseholdAvailable() && chance(0.5)
                    ? SubjectSelection.WHOLE_HOUSEHOLD : somePeople(subjects)));
        } else if (step instanceof ChooseCopies copies && copies.maxCopies() > 1) {
            act(new ResidentAction.SetCopies(2 + random.nextInt(Math.min(2, copies.maxCopies() - 1))));
        } else {
            act(new ResidentAction.Confirm());
        }
    }

    private SubjectSelection somePeople(ChooseSubjects subjects) {
        List<String> refs = new ArrayList<>();
        for (SubjectChoice person : subjects.people()) {
            if (person.self() || chance(0.5)) {
                refs.add(person.ref());
            }
        }
        return SubjectSelection.of(refs);
    }

    private void pay(VisitSnapshot snapshot) {
        if (chance(0.06)) {
            act(new ResidentAction.Back());
            return;
        }
        if (faults && chance(0.05)) {
            kiosk.printer.failNext(PrintFailure.values()[random.nextInt(PrintFailure.values().length)]);
        } else if (faults && chance(0.02)) {
            kiosk.documents.failNext();
        }
        VisitId visit = snapshot.visit().orElseThrow();
        if (chance(0.05)) {
            kiosk.payment.decline(visit);
        } else {
            kiosk.payment.pay(visit);
        }
    }

    private void act(ResidentAction action) {
        kiosk.runner().send(action);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
