package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;

/** "Stop here?" after the PIN: stopping wipes what was chosen. Going on is the main, navy key. */
final class ConfirmCancelView {
    private ConfirmCancelView() {}

    static StepPage of(ConfirmCancel step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("confirmCancel.title"))
                .content(ctx.label("confirmCancel.body", "kiosk-subtitle"))
                .leftActions(ctx.cancel("confirmCancel.stop"))
                .rightActions(ctx.primary("confirmCancel.continue", "continue", new ResidentAction.Back()));
    }
}
