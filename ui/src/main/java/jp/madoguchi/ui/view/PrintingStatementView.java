package jp.madoguchi.ui.view;

import javafx.scene.control.ProgressBar;
import jp.madoguchi.issuance.visit.step.PrintingStatement;

/** The account statement is printing: one sheet, so an indeterminate bar and a short wait. */
final class PrintingStatementView {
    private PrintingStatementView() {}

    static StepPage of(PrintingStatement step, ViewContext ctx) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.getStyleClass().add("kiosk-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        return new StepPage(step.id(), ctx.i18n().text("account.printing"))
                .content(ctx.label("common.pleaseWait", "kiosk-subtitle"), bar);
    }
}
