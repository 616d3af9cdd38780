package jp.madoguchi.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.SubjectSelection;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.SubjectChoice;
import jp.madoguchi.ui.controls.LargeKey;

/**
 * Whose certificate: the resident alone, the whole household (when offered), or some members, each a key that
 * toggles the person. Names are the only personal data a kiosk shows, and only here and on the confirm screen.
 */
final class ChooseSubjectsView {
    private ChooseSubjectsView() {}

    static StepPage of(ChooseSubjects step, ViewContext ctx) {
        SubjectSelection chosen = step.chosen();
        HBox modes = new HBox(choice(ctx, "subjects.self", "subjects-self", SubjectSelection.SELF,
                !chosen.wholeHousehold() && chosen.refs().isEmpty()));
        modes.getStyleClass().add("action-group");
        if (step.wholeHouseholdAvailable()) {
            modes.getChildren().add(choice(ctx, "subjects.wholeHousehold", "subjects-whole-household",
                    SubjectSelection.WHOLE_HOUSEHOLD, chosen.wholeHousehold()));
        }
        FlowPane people = new FlowPane();
        people.getStyleClass().add("people");
        for (SubjectChoice person : step.people()) {
            boolean on = chosen.refs().contains(person.ref());
            LargeKey key = ctx.key(ViewContext.fixed(person.name()),
                    "subject-" + person.ref(), new ResidentAction.ChooseSubjects(toggled(chosen, person.ref())));
            Selection.mark(key, on);
            people.getChildren().add(key);
        }
        return new StepPage(step.id(), ctx.i18n().text("subjects.title"))
                .content(modes, ctx.label("subjects.someMembers", "kiosk-subtitle"), people,
                        ctx.label("subjects.selectedCount", "kiosk-body", count(step)))
                .leftActions(ctx.back()).cancelAction(ctx.cancel())
                .rightActions(ctx.next());
    }

    private static LargeKey choice(ViewContext ctx, String textKey, String id, SubjectSelection selection,
            boolean on) {
        LargeKey key = ctx.key(textKey, id, new ResidentAction.ChooseSubjects(selection));
        Selection.mark(key, on);
        return key;
    }

    private static SubjectSelection toggled(SubjectSelection current, String ref) {
        List<String> refs = new ArrayList<>(current.refs());
        if (!refs.remove(ref)) {
            refs.add(ref);
        }
        return SubjectSelection.of(refs);
    }

    private static int count(ChooseSubjects step) {
        SubjectSelection chosen = step.chosen();
        if (chosen.wholeHousehold()) {
            return step.people().size();
        }
        return chosen.refs().isEmpty() ? 1 : chosen.refs().size();
    }
}
