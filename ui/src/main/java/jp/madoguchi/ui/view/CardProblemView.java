package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.ui.controls.MessageLabel;

/** This card cannot be used: why, how to unlock a locked PIN, and "take your card" while it still lies there. */
final class CardProblemView {
    private CardProblemView() {}

    static StepPage of(CardProblem step, ViewContext ctx) {
        MessageLabel why = new MessageLabel(ctx.text().message(step.message()), "kiosk-subtitle", "problem");
        why.setId("problem-message");
        StepPage page = new StepPage(step.id(), ctx.i18n().text("cardProblem.title"))
                .content(why, UnlockRoutes.of(step.unlockRoutes(), ctx));
        if (step.cardPresent()) {
            page.content(ctx.attention("cardProblem.takeCard"));
        }
        return page.rightActions(ctx.ok());
    }
}
