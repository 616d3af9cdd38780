package jp.madoguchi.ui.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.ForgotPin;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.Hotline;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * What a step's prompt is made of: its key in the prompt bundles (the step's id, or a variant of it), the values
 * the prompt names, and then the screen's own messages read after it (a card problem's explanation, the hotlines),
 * so a reason is worded once for the eye and the ear. A step not in the table says its plain prompt.
 */
record StepPrompt(String key, List<Object> args, List<Message> then) {
    private static final Map<Class<?>, Function<VisitStep, StepPrompt>> VALUES = Map.ofEntries(
            entry(PinEntry.class, s -> new StepPrompt(s.id() + variant(s.notice()), List.of(s.triesLeft()),
                    List.of())),
            entry(LastTryWarning.class, s -> new StepPrompt(s.id(), List.of(s.triesLeft()), List.of())),
            entry(Payment.class, s -> new StepPrompt(s.id(), List.of(s.amountDue()), List.of())),
            entry(ChooseCopies.class, s -> new StepPrompt(s.id(), List.of(s.copies(), s.feePerCopy()), List.of())),
            entry(TakeDocuments.class, s -> new StepPrompt(s.id() + (s.reminder() ? ".reminder" : ""),
                    List.of(s.certificates() + (s.receipt() ? 1 : 0)),
                    s.changeYen() > 0 ? List.of(Message.of("take.change", s.changeYen())) : List.of())),
            entry(WhoseCard.class, s -> plain(s.id() + (s.notMine() ? ".not-mine" : ""))),
            entry(ForgotPin.class, s -> new StepPrompt(s.id(), List.of(), s.unlockRoutes().stream()
                    .map(route -> Message.of(route.messageKey())).toList())),
            entry(RemoveCard.class, s -> plain(s.id() + (s.reminder() ? ".reminder" : ""))),
            entry(Confirm.class, s -> plain(s.id() + (s.allowed() ? "" : ".refused"))),
            entry(CardProblem.class, s -> new StepPrompt(s.id(), List.of(), List.of(s.message()))),
            entry(Aborted.class, s -> new StepPrompt(s.id(), List.of(),
                    List.of(Message.of(s.reason().messageKey() + ".body")))),
            entry(IssueFailed.class, s -> new StepPrompt(s.id(), List.of(s.refundYen()),
                    List.of(Message.of(s.problem().messageKey())))),
            entry(Help.class, s -> new StepPrompt(s.id(), List.of(), yourLine(s.yourLine()))));

    StepPrompt {
        args = List.copyOf(args);
        then = List.copyOf(then);
    }

    static StepPrompt of(VisitStep step) {
        Function<VisitStep, StepPrompt> values = VALUES.get(step.getClass());
        return values == null ? plain(step.id()) : values.apply(step);
    }

    private static StepPrompt plain(String key) {
        return new StepPrompt(key, List.of(), List.of());
    }

    /**
     * The resident's own line as heard: what it is for, its number (read digit by digit), whether it answers now,
     * and when it does not, the numbers to try instead.
     */
    private static List<Message> yourLine(Hotline line) {
        List<Message> said = new ArrayList<>(List.of(Message.of(line.purpose().messageKey()), number(line),
                Message.of(line.openNow() ? "help.openNow" : "help.closedNow")));
        if (!line.openNow()) {
            line.fallbacks().forEach(fallback -> said.add(number(fallback)));
        }
        return said;
    }

    private static Message number(Hotline line) {
        return Message.of(line.free() ? "help.number.free" : "help.number.paid", line.number(), "");
    }

    private static String variant(PinNotice notice) {
        return switch (notice) {
            case NONE -> "";
            case WRONG_PIN -> ".wrong";
            case FORMAT -> ".format";
        };
    }

    private static <S extends VisitStep> Map.Entry<Class<?>, Function<VisitStep, StepPrompt>> entry(Class<S> type,
            Function<S, StepPrompt> build) {
        return Map.entry(type, step -> build.apply(type.cast(step)));
    }
}
