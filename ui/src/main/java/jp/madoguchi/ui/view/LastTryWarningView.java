package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.LastTryWarning;

/** One try left: the pad opens only after the resident confirms that a wrong PIN now locks the card. */
final class LastTryWarningView {
    private LastTryWarningView() {}

    static StepPage of(LastTryWarning step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("pin.lastTry.title"))
                .content(ctx.attention("pin.lastTry.body"),
                        ctx.label("pin.triesLeft", "kiosk-body", step.triesLeft()))
                .leftActions(ctx.cancel())
                .rightActions(ctx.primary("pin.lastTry.confirm", "confirm-last-try",
                        new ResidentAction.ConfirmLastTry()));
    }
}
