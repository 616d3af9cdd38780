package jp.madoguchi.ui.view;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.GridPane;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.OrderSummary;
import jp.madoguchi.issuance.visit.step.SubjectChoice;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.ModelText;

/**
 * Everything about to be paid for, one row each. When the engine refuses now (e.g. the hours ended while the
 * resident chose), its reasons replace the way forward.
 */
final class ConfirmView {
    /** Between items and names; reads the same in every script. */
    private static final String SEPARATOR = " / ";
    private ConfirmView() {}

    static StepPage of(Confirm step, ViewContext ctx) {
        OrderSummary order = step.order();
        GridPane rows = new GridPane();
        rows.getStyleClass().add("summary-rows");
        row(rows, 0, ctx, "confirm.document", ctx.text().certificate(order.certificate()));
        row(rows, 1, ctx, "confirm.municipality", ViewContext.fixed(order.municipality().name()));
        row(rows, 2, ctx, "confirm.options", options(order, ctx));
        row(rows, 3, ctx, "confirm.subjects", subjects(order, ctx));
        row(rows, 4, ctx, "confirm.copies", ctx.i18n().text("common.copies", order.copies()));
        row(rows, 5, ctx, "confirm.fee", ctx.i18n().text("common.yen", order.feeTotal()));
        StepPage page = new StepPage(step.id(), ctx.i18n().text("confirm.title")).content(rows);
        for (Reason reason : step.refusal()) {
            page.content(new MessageLabel(ctx.text().reason(reason),
                    "kiosk-subtitle", "problem"));
        }
        LargeKey proceed = ctx.primary("confirm.proceed", "confirm-proceed",
                new ResidentAction.Confirm());
        proceed.setDisable(!step.allowed());
        return page.leftActions(ctx.back("confirm.change")).cancelAction(ctx.cancel())
                .rightActions(proceed);
    }

    private static void row(GridPane rows, int index, ViewContext ctx, String labelKey,
            ObservableValue<String> value) {
        rows.addRow(index, ctx.label(labelKey, "summary-label"), new MessageLabel(value, "summary-value"));
    }

    private static ObservableValue<String> options(OrderSummary order, ViewContext ctx) {
        return Bindings.createStringBinding(() -> order.options().included().isEmpty() && order.options().taxYear()
                        .isEmpty() ? ctx.i18n().tr("confirm.optionsNone") : optionText(order, ctx),
                ctx.i18n().languageProperty());
    }

    private static String optionText(OrderSummary order, ViewContext ctx) {
        String items = order.options().included().stream()
                .map(option -> ctx.i18n().tr(ModelText.key(option)))
                .collect(Collectors.joining(SEPARATOR));
        String year = order.options().taxYear().map(y -> ctx.i18n().tr("options.taxYear", y)).orElse("");
        return items.isEmpty() ? year : year.isEmpty() ? items : items + SEPARATOR + year;
    }

    private static ObservableValue<String> subjects(OrderSummary order, ViewContext ctx) {
        if (order.wholeHousehold()) {
            return ctx.i18n().text("subjects.wholeHousehold");
        }
        if (order.subjects().isEmpty()) {
            return ctx.i18n().text("subjects.self");
        }
        return ViewContext.fixed(order.subjects().stream().map(SubjectChoice::name)
                .collect(Collectors.joining(SEPARATOR)));
    }
}
