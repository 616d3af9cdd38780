package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.ThankYou;

/** The end of a visit; the attract screen follows by itself. A card still on the reader is called out in amber. */
final class ThankYouView {
    private ThankYouView() {}

    static StepPage of(ThankYou step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("thanks.title"))
                .content(ctx.cardLeft(), ctx.label("thanks.body", "kiosk-subtitle"),
                        ctx.label("thanks.returning", "kiosk-body"))
                .rightActions(ctx.primary("common.home", "ok", new ResidentAction.Confirm()));
    }
}
