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
        // After a wrong PIN the card's count is in the "wrong PIN" line; otherwise say the tries left plainly.
        page.content(step.afterWrongPin() ? ctx.problem("pin.wrong", step.triesLeft())
                : ctx.label("pin.triesLeft", "kiosk-subtitle", step.triesLeft()));
        return page.content(ctx.attention("pin.lastTry.body"), PinEntryView.forgot(ctx))
                .cancelAction(ctx.cancel())
                .rightActions(ctx.primary("pin.lastTry.confirm", "confirm-last-try",
                        new ResidentAction.ConfirmLastTry()));
    }
}
