package jp.madoguchi.ui.view;

import javafx.scene.control.ProgressBar;
import jp.madoguchi.issuance.visit.step.Printing;

/** Printing: sheet n of m (or "please wait" while the documents are still being prepared). */
final class PrintingView {
    private PrintingView() {}

    static StepPage of(Printing step, ViewContext ctx) {
        int total = step.sheetsTotal();
        ProgressBar bar = new ProgressBar(total == 0 ? ProgressBar.INDETERMINATE_PROGRESS
                : (double) step.sheetsDone() / total);
        bar.getStyleClass().add("kiosk-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        return new StepPage(step.id(), ctx.i18n().text("printing.title")).content(
                total == 0 ? ctx.label("common.pleaseWait", "kiosk-subtitle")
                        : ctx.label("printing.progress", "kiosk-subtitle", Math.min(step.sheetsDone() + 1, total),
                                total),
                bar,
                ctx.label("printing.body", "kiosk-body"));
    }
}
