package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.ForgotPin;

/**
 * Forgot the PIN: the kiosk cannot look it up, and guessing costs tries. Where it can be set again (the same routes
 * a locked card is shown), then back to the pad without using a try.
 */
final class ForgotPinView {
    private ForgotPinView() {}

    static StepPage of(ForgotPin step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("forgotPin.title"))
                .content(ctx.label("pin.instruction", "kiosk-subtitle"), ctx.label("forgotPin.body", "kiosk-body"),
                        UnlockRoutes.of(step.unlockRoutes(), ctx, "forgotPin.routes"))
                .leftActions(ctx.back("forgotPin.back"))
                .cancelAction(ctx.cancel());
    }
}
