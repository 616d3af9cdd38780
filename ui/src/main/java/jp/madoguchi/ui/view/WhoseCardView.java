package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.WhoseCard;

/**
 * A card lay on the reader before the resident chose a service: is it theirs? It has not been read, so nothing about
 * it (whose it is) can be shown. "No": take it off and hand it to staff; the visit goes on once the reader is empty.
 */
final class WhoseCardView {
    private WhoseCardView() {}

    static StepPage of(WhoseCard step, ViewContext ctx) {
        if (step.notMine()) {
            return new StepPage(step.id(), ctx.i18n().text("whoseCard.notMine.title"))
                    .content(ctx.attention("whoseCard.notMine.body"), ctx.label("whoseCard.notMine.next",
                            "kiosk-body"), PlaceCardView.cardOnReader())
                    .cancelAction(ctx.cancel());
        }
        return new StepPage(step.id(), ctx.i18n().text("whoseCard.title"))
                .content(ctx.label("whoseCard.body", "kiosk-subtitle"), PlaceCardView.cardOnReader())
                .leftActions(ctx.key("whoseCard.no", "not-mine", new ResidentAction.CardOwner(false)))
                .rightActions(ctx.primary("whoseCard.yes", "mine", new ResidentAction.CardOwner(true)))
                .cancelAction(ctx.cancel());
    }
}
