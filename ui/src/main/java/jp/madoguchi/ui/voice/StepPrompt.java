package jp.madoguchi.ui.voice;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.Confirm;
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
                    List.of(s.sheets()), List.of())),
            entry(RemoveCard.class, s -> plain(s.id() + (s.reminder() ? ".reminder" : ""))),
            entry(Confirm.class, s -> plain(s.id() + (s.allowed() ? "" : ".refused"))),
            entry(CardProblem.class, s -> new StepPrompt(s.id(), List.of(), List.of(s.message()))),
            entry(Aborted.class, s -> new StepPrompt(s.id(), List.of(),
                    List.of(Message.of(s.reason().messageKey() + ".body")))),
            entry(IssueFailed.class, s -> new StepPrompt(s.id(), List.of(s.refundYen()),
                    List.of(Message.of(s.problem().messageKey())))),
            entry(Help.class, s -> new StepPrompt(s.id(), List.of(), s.hotlines().stream()
                    .map(Hotline::description).toList())));

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
