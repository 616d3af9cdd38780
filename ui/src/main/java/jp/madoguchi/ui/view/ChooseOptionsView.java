package jp.madoguchi.ui.view;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;

/**
 * Items to print on the certificate, each with "include" / "omit" keys, and the 年度 for tax certificates. Every
 * press sends the whole new selection; the step that comes back marks what is chosen.
 */
final class ChooseOptionsView {
    private ChooseOptionsView() {}

    static StepPage of(ChooseOptions step, ViewContext ctx) {
        GridPane rows = new GridPane();
        rows.getStyleClass().add("option-rows");
        int row = 0;
        for (CertificateOption option : step.available()) {
            boolean on = step.chosen().includes(option);
            MessageLabel name = new MessageLabel(ctx.text().option(option), "kiosk-body");
            rows.addRow(row++, name,
                    choice(ctx, "options.include", "option-" + option.id() + "-include", on,
                            with(step.chosen(), option, true)),
                    choice(ctx, "options.omit", "option-" + option.id() + "-omit", !on,
                            with(step.chosen(), option, false)));
        }
        StepPage page = new StepPage(step.id(), ctx.i18n().text("options.title")).content(rows);
        if (!step.taxYears().isEmpty()) {
            page.content(ctx.label("options.taxYear.title", "kiosk-subtitle"), years(step, ctx));
        }
        return page.leftActions(ctx.back()).cancelAction(ctx.cancel()).rightActions(ctx.next());
    }

    private static Node years(ChooseOptions step, ViewContext ctx) {
        HBox years = new HBox();
        years.getStyleClass().add("action-group");
        for (int year : step.taxYears()) {
            RequestedOptions chosen = new RequestedOptions(step.chosen().included(), Optional.of(year));
            years.getChildren().add(choice(ctx, "options.taxYear", "tax-year-" + year,
                    step.chosen().taxYear().orElse(-1) == year, chosen, year));
        }
        return years;
    }

    private static RequestedOptions with(RequestedOptions current, CertificateOption option, boolean include) {
        Set<CertificateOption> included = current.included().isEmpty()
                ? EnumSet.noneOf(CertificateOption.class) : EnumSet.copyOf(current.included());
        if (include) {
            included.add(option);
        } else {
            included.remove(option);
        }
        return new RequestedOptions(included, current.taxYear());
    }

    private static LargeKey choice(ViewContext ctx, String textKey, String id, boolean selected,
            RequestedOptions options, Object... args) {
        LargeKey key = ctx.key(ctx.i18n().text(textKey, args), id, new ResidentAction.SetOptions(options));
        Selection.mark(key, selected);
        return key;
    }
}
