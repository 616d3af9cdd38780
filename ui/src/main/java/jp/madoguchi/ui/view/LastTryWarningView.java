package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.LastTryWarning;

/**
 * One try left: the pad opens only after the resident confirms that a wrong PIN now locks the card. After a wrong
 * PIN of this visit, says so first (the card's own count).
 */
final class LastTryWarningView {
    private LastTryWarningView() {}

    static StepPage of(LastTryWarning step, ViewContext ctx) {
        StepPage page = new StepPage(step.id(), ctx.i18n().text("pin.lastTry.title"));
        if (step.afterWrongPin()) {
            page.content(ctx.problem("pin.wrong", step.triesLeft()));
        }
        return page.content(ctx.attention("pin.lastTry.body"), ctx.label("pin.triesLeft", "kiosk-body", step.triesLeft()))
                .leftActions(ctx.cancel())
                .rightActions(ctx.primary("pin.lastTry.confirm", "confirm-last-try",
                        new ResidentAction.ConfirmLastTry()));
    }
}
