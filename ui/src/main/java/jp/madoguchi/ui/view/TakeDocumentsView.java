package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.TakeDocuments;

/**
 * Take the printed documents: how many certificates, the receipt, the change; the reminder repeats while they lie in
 * the tray.
 */
final class TakeDocumentsView {
    private TakeDocumentsView() {}

    static StepPage of(TakeDocuments step, ViewContext ctx) {
        // How many sheets, so nobody walks off with half of them or leaves the receipt and the change behind.
        StepPage page = new StepPage(step.id(), ctx.i18n().text("take.title"))
                .content(ctx.label(step.receipt() ? "take.sheetsAndReceipt" : "take.sheets", "kiosk-subtitle",
                        step.certificates()));
        if (step.changeYen() > 0) {
            page.content(ctx.label("take.change", "kiosk-subtitle", step.changeYen()));
        }
        page.content(ctx.label("take.body", "kiosk-body"));
        if (step.reminder()) {
            page.content(ctx.attention("take.reminder"));
        }
        return page.rightActions(ctx.ok());
    }
}
