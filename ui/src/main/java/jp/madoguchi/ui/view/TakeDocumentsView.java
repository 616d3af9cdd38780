package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.TakeDocuments;

/** Take the printed documents; the reminder repeats while they lie in the tray. */
final class TakeDocumentsView {
    private TakeDocumentsView() {}

    static StepPage of(TakeDocuments step, ViewContext ctx) {
        StepPage page = new StepPage(step.id(), ctx.i18n().text("take.title"))
                .content(ctx.label("take.body", "kiosk-subtitle"));
        if (step.reminder()) {
            page.content(ctx.attention("take.reminder"));
        }
        return page.rightActions(ctx.ok());
    }
}
