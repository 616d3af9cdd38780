package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;
import jp.madoguchi.issuance.visit.step.ForgotPin;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/** A way to reach every step of the sealed {@link VisitStep}, for tests that must hold for all of them. */
final class Journeys {
    private static final Map<Class<? extends VisitStep>, Consumer<VisitHarness>> ROUTES = routes();

    private Journeys() {}

    /** Every step type, in visit order; a test fails here first if a new step has no route. */
    static Map<Class<? extends VisitStep>, Consumer<VisitHarness>> all() {
        List<Class<?>> routed = List.copyOf(ROUTES.keySet());
        assertThat(routed).hasSameElementsAs(List.of(VisitStep.class.getPermittedSubclasses()));
        return ROUTES;
    }

    static VisitHarness reach(Class<? extends VisitStep> step) {
        VisitHarness kiosk = new VisitHarness();
        ROUTES.get(step).accept(kiosk);
        assertThat(kiosk.step()).isInstanceOf(step);
        return kiosk;
    }

    private static Map<Class<? extends VisitStep>, Consumer<VisitHarness>> routes() {
        Map<Class<? extends VisitStep>, Consumer<VisitHarness>> r = new LinkedHashMap<>();
        r.put(Attract.class, k -> { });
        r.put(Help.class, k -> k.start(Service.HELP));
        r.put(AccountInquiry.class, k -> k.toAccountInquiry("default"));
        r.put(PrintingStatement.class, k -> k.toAccountInquiry("default").act(new ResidentAction.PrintStatement()));
        r.put(PlaceCard.class, k -> k.start(Service.CERTIFICATES));
        r.put(ReadingCard.class, k -> {
            k.start(Service.CERTIFICATES);
            k.card.place();
        });
        r.put(CardProblem.class, k -> {
            k.start(Service.CERTIFICATES);
            k.card.place();
            k.card.fail(FakeCardPort.Kind.READ, new CardFault.NotMyNumberCard("JUKI_CARD", "住基カード"));
        });
        r.put(WhoseCard.class, k -> {
            k.card.place();
            k.start(Service.CERTIFICATES);
        });
        r.put(PinEntry.class, k -> k.toPinEntry("default"));
        r.put(ForgotPin.class, k -> k.toPinEntry("default").act(new ResidentAction.ForgotPin()));
        r.put(LastTryWarning.class, k -> k.toPinEntry("last-try"));
        r.put(CheckingPin.class, k -> k.toPinEntry("default").enterPin("1234"));
        r.put(PinLocked.class, k -> {
            k.toPinEntry("default").enterPin("9999");
            k.card.answerPin(new PinOutcome.Blocked());
        });
        r.put(RemoveCard.class, k -> k.toRemoveCard("default"));
        r.put(ChooseMunicipality.class, k -> k.toMunicipality("default"));
        r.put(ChooseCertificate.class, k -> k.toCertificates("default", MunicipalityRole.RESIDENCE));
        r.put(ChooseOptions.class, VisitHarness::toOptions);
        r.put(ChooseSubjects.class, k -> k.toOptions().next());
        r.put(ChooseCopies.class, k -> k.toOptions().next().next());
        r.put(Confirm.class, VisitHarness::toConfirm);
        r.put(ConfirmCancel.class, k -> k.toConfirm().act(new ResidentAction.Cancel()));
        r.put(Payment.class, VisitHarness::toPayment);
        r.put(Printing.class, VisitHarness::toPrinting);
        r.put(IssueFailed.class, k -> {
            k.toPrinting();
            k.printer.fail(PrintFailure.OUT_OF_PAPER);
        });
        r.put(TakeDocuments.class, VisitHarness::toTakeDocuments);
        r.put(ThankYou.class, k -> k.toTakeDocuments().next());
        r.put(CardCheckResult.class, k -> {
            k.start(Service.CARD_CHECK);
            k.card.place();
            k.card.answerRead(k.facts("default"));
        });
        r.put(OutOfService.class, k -> k.machine.onHealth(new ServiceHealth(List.of(
                new ServiceHealth.Outage(ServiceCheck.PRINTER, "queue kiosk-a4 is stopped")))));
        r.put(Aborted.class, k -> {
            k.toPinEntry("default");
            k.card.remove();
            assertThat(k.step()).isEqualTo(new Aborted(AbortReason.CARD_REMOVED));
        });
        return r;
    }
}
