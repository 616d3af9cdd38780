package jp.madoguchi.ui.view;

import java.util.Map;
import java.util.function.BiFunction;
import javafx.scene.Node;
import jp.madoguchi.issuance.visit.VisitMachine;
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
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * The view of each step, with the help key on every one that offers help ({@link VisitMachine#offersHelp}). A test
 * checks every permitted {@link VisitStep} has one.
 */
public final class StepViews {
    private static final Map<Class<?>, BiFunction<VisitStep, ViewContext, Node>> VIEWS = Map.ofEntries(
            view(Attract.class, AttractView::of),
            view(Help.class, HelpView::of),
            view(AccountInquiry.class, AccountInquiryView::of),
            view(PlaceCard.class, PlaceCardView::of),
            view(ReadingCard.class, ReadingCardView::of),
            view(CardProblem.class, CardProblemView::of),
            view(PinEntry.class, PinEntryView::of),
            view(LastTryWarning.class, LastTryWarningView::of),
            view(CheckingPin.class, CheckingPinView::of),
            view(PinLocked.class, PinLockedView::of),
            view(RemoveCard.class, RemoveCardView::of),
            view(ChooseMunicipality.class, ChooseMunicipalityView::of),
            view(ChooseCertificate.class, ChooseCertificateView::of),
            view(ChooseOptions.class, ChooseOptionsView::of),
            view(ChooseSubjects.class, ChooseSubjectsView::of),
            view(ChooseCopies.class, ChooseCopiesView::of),
            view(Confirm.class, ConfirmView::of),
            view(Payment.class, PaymentView::of),
            view(Printing.class, PrintingView::of),
            view(PrintingStatement.class, PrintingStatementView::of),
            view(IssueFailed.class, IssueFailedView::of),
            view(TakeDocuments.class, TakeDocumentsView::of),
            view(ThankYou.class, ThankYouView::of),
            view(CardCheckResult.class, CardCheckResultView::of),
            view(Aborted.class, AbortedView::of),
            view(OutOfService.class, OutOfServiceView::of),
            view(WhoseCard.class, WhoseCardView::of),
            view(ForgotPin.class, ForgotPinView::of),
            view(ConfirmCancel.class, ConfirmCancelView::of));

    private StepViews() {}

    /** A new view of {@code step}; its root's id is {@link VisitStep#id()}. Call on the FX thread. */
    public static Node of(VisitStep step, ViewContext ctx) {
        BiFunction<VisitStep, ViewContext, Node> view = VIEWS.get(step.getClass());
        if (view == null) {
            throw new IllegalArgumentException("no view for step " + step.id());
        }
        Node node = view.apply(step, ctx);
        if (node instanceof StepPage page && VisitMachine.offersHelp(step)) {
            page.helpAction(ctx.help());
        }
        return node;
    }

    static boolean covers(Class<?> stepType) {
        return VIEWS.containsKey(stepType);
    }

    private static <S extends VisitStep> Map.Entry<Class<?>, BiFunction<VisitStep, ViewContext, Node>> view(
            Class<S> type, BiFunction<S, ViewContext, ? extends Node> build) {
        return Map.entry(type, (step, ctx) -> build.apply(type.cast(step), ctx));
    }
}
