package jp.madoguchi.ui.gallery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.CardValidity;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;
import jp.madoguchi.issuance.visit.step.ForgotPin;
import jp.madoguchi.issuance.visit.step.Hotlines;
import jp.madoguchi.issuance.visit.step.IdleWarning;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.issuance.visit.step.StatementPrint;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.UnlockRoute;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * Every step of a visit as the resident can meet it, errors included, as hand-made snapshots: what
 * {@code ./madoguchi screenshots} renders and the view tests walk. Each shot is named after its step
 * ({@code pin-entry}), with a suffix for a variant ({@code pin-entry--wrong-pin}). The reader is empty unless a
 * shot is about a card left on it ({@code attract--card-left}).
 */
public final class StepGallery {
    /** One picture: its file name (without {@code .png}) and what the screen shows. */
    public record Shot(String name, VisitSnapshot snapshot) {}

    private static final VisitId VISIT = new VisitId("V-0123456789abcdef");
    /** Help's lines answer or not by the hour: the shots are taken at a fixed one, a weekday morning. */
    private static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2026, 11, 24, 10, 30);
    private static final List<UnlockRoute> BOTH_ROUTES = List.of(UnlockRoute.MUNICIPAL_COUNTER,
            UnlockRoute.PIN_RESET_APP_AND_STORE_KIOSK);

    private StepGallery() {}

    public static List<Shot> shots(Language language) {
        List<Shot> shots = new ArrayList<>();
        Gallery g = new Gallery(shots, language);
        g.add("", new Attract(List.of(Service.values())));
        g.cardLeft("card-left", new Attract(List.of(Service.values())));
        g.add("", Hotlines.help(language, TUESDAY_MORNING));
        g.add("closed-now", Hotlines.help(language, TUESDAY_MORNING.withHour(21)));
        g.add("", SampleSteps.accountInquiry());
        g.add("empty", new AccountInquiry(new MunicipalityCode("284645"), AccountStatement.EMPTY));
        g.add("printed", SampleSteps.accountInquiry().withPrint(StatementPrint.PRINTED));
        g.add("print-failed", SampleSteps.accountInquiry().withPrint(
                new StatementPrint.Failed(IssueProblem.QUEUE_STOPPED)));
        g.add("", new PrintingStatement(SampleSteps.accountInquiry()));
        g.add("", new PlaceCard(Service.CERTIFICATES));
        g.add("", new ReadingCard(60));
        g.add("juki", new CardProblem(CardProblemKind.JUKI_CARD, Message.of("cardProblem.juki"), List.of(), true));
        g.add("expired", new CardProblem(CardProblemKind.CERTIFICATE_EXPIRED,
                Message.of("cardProblem.expired", LocalDate.of(2025, 3, 31)), List.of(), false));
        g.add("locked", new CardProblem(CardProblemKind.AUTH_PIN_LOCKED, Message.of("cardProblem.locked"),
                BOTH_ROUTES, true));
        g.add("tries-unknown", new CardProblem(CardProblemKind.PIN_TRIES_UNKNOWN,
                Message.of(CardProblemKind.PIN_TRIES_UNKNOWN.messageKey()), List.of(), true));
        g.add("pin-unconfirmed", new CardProblem(CardProblemKind.PIN_UNCONFIRMED,
                Message.of(CardProblemKind.PIN_UNCONFIRMED.messageKey(), 2), List.of(), true));
        g.add("pin-unconfirmed-locked", new CardProblem(CardProblemKind.PIN_UNCONFIRMED,
                Message.of(CardProblemKind.PIN_UNCONFIRMED_LOCKED), BOTH_ROUTES, true));
        g.add("pin-unconfirmed-unknown", new CardProblem(CardProblemKind.PIN_UNCONFIRMED,
                Message.of(CardProblemKind.PIN_UNCONFIRMED_UNKNOWN), List.of(), false));
        g.add("", new WhoseCard(Service.CERTIFICATES, false));
        g.add("not-mine", new WhoseCard(Service.CERTIFICATES, true));
        g.add("", new PinEntry(4, 3, PinNotice.NONE, false));
        g.add("wrong-pin", new PinEntry(4, 2, PinNotice.WRONG_PIN, false));
        g.add("", new LastTryWarning(1, false));
        g.add("after-wrong-pin", new LastTryWarning(1, true));
        g.add("", new ForgotPin(BOTH_ROUTES, new PinEntry(4, 2, PinNotice.WRONG_PIN, false)));
        g.add("", new CheckingPin());
        g.add("", new PinLocked(BOTH_ROUTES, true));
        g.add("", new RemoveCard(false));
        g.add("reminder", new RemoveCard(true));
        g.add("", SampleSteps.municipalities());
        g.add("", SampleSteps.menu());
        g.add("", SampleSteps.options());
        g.add("", SampleSteps.subjects());
        g.add("", new ChooseCopies(2, 10, 200));
        g.add("", SampleSteps.confirm(false));
        g.add("refused", SampleSteps.confirm(true));
        g.add("", new ConfirmCancel(SampleSteps.confirm(false)));
        g.add("", new Payment(400));
        g.add("", new Printing(1, 2));
        g.add("", new IssueFailed(IssueProblem.OUT_OF_PAPER, 400));
        g.add("payment-fault", new IssueFailed(IssueProblem.PAYMENT_FAULT, 150));
        g.add("", new TakeDocuments(2, true, 600, false));
        g.add("exact-money", new TakeDocuments(1, true, 0, true));
        g.add("", new ThankYou());
        g.cardLeft("card-left", new ThankYou());
        g.add("", new CardCheckResult(CardValidity.VALID, LocalDate.of(2030, 5, 5),
                LocalDate.of(2030, 2, 5), false, OptionalInt.of(3), OptionalInt.of(5), true, true));
        g.add("renewal-open", new CardCheckResult(CardValidity.VALID, LocalDate.of(2027, 1, 20),
                LocalDate.of(2026, 10, 20), true, OptionalInt.of(2), OptionalInt.empty(), false, false));
        g.add("card-removed", new Aborted(AbortReason.CARD_REMOVED));
        g.add("reader-unavailable", new Aborted(AbortReason.READER_UNAVAILABLE)); // what staff can do, and the key
        g.cardLeft("pin-unconfirmed", new Aborted(AbortReason.PIN_UNCONFIRMED)); // the silent card is still there
        g.cardLeft("card-swapped", new Aborted(AbortReason.CARD_SWAPPED)); // the other card lies on the reader
        g.add("", new OutOfService(List.of(ServiceCheck.PRINTER, ServiceCheck.PAYMENT)));
        g.idle("idle-warning", new PinEntry(4, 3, PinNotice.NONE, false), 12);
        return List.copyOf(shots);
    }

    /** Numbers the snapshots in order, as a visit would. */
    private record Gallery(List<Shot> shots, Language language) {
        void add(String variant, VisitStep step) {
            shots.add(new Shot(name(variant, step), snapshot(step, Optional.empty(), false)));
        }

        /** {@code step} with a card on the reader. */
        void cardLeft(String variant, VisitStep step) {
            shots.add(new Shot(name(variant, step), snapshot(step, Optional.empty(), true)));
        }

        void idle(String name, VisitStep step, int secondsLeft) {
            shots.add(new Shot(name, snapshot(step, Optional.of(new IdleWarning(secondsLeft)), false)));
        }

        private static String name(String variant, VisitStep step) {
            return variant.isEmpty() ? step.id() : step.id() + "--" + variant;
        }

        private VisitSnapshot snapshot(VisitStep step, Optional<IdleWarning> idle, boolean cardOnReader) {
            Optional<VisitId> visit = step instanceof Attract ? Optional.empty() : Optional.of(VISIT);
            return new VisitSnapshot(shots.size() + 1L, visit, language, step, idle, cardOnReader);
        }
    }
}
