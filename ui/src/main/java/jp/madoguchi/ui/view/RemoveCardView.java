package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.ui.controls.MessageLabel;

/** Take the card: the visit goes on by itself once the reader reports it gone. */
final class RemoveCardView {
    private RemoveCardView() {}

    static StepPage of(RemoveCard step, ViewContext ctx) {
        StepPage page = new StepPage(step.id(), ctx.i18n().text("remove.title"))
                .content(ctx.label("remove.body", "kiosk-subtitle"), PlaceCardView.cardOnReader());
        if (step.reminder()) {
            MessageLabel reminder = ctx.attention("remove.reminder");
            reminder.setId("remove-reminder");
            page.content(reminder);
        }
        return page;
    }
}
