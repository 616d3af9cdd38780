package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.PinLocked;

/** The last try was wrong: the PIN is locked now, and where to unlock it. */
final class PinLockedView {
    private PinLockedView() {}

    static StepPage of(PinLocked step, ViewContext ctx) {
        StepPage page = new StepPage(step.id(), ctx.i18n().text("pin.locked.title"))
                .content(ctx.problem("pin.locked.body"),
                        UnlockRoutes.of(step.unlockRoutes(), ctx));
        if (step.cardPresent()) {
            page.content(ctx.attention("cardProblem.takeCard"));
        }
        return page.rightActions(ctx.ok());
    }
}
