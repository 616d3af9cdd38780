package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;

/**
 * The visit was stopped (card removed or swapped, unreadable, reader gone); its data is already gone. A card still on
 * the reader (the swapped or unreadable one) is called out in amber. A reader gone is a machine fault: staff can look
 * at it, so that screen says how to reach them.
 */
final class AbortedView {
    private AbortedView() {}

    static StepPage of(Aborted step, ViewContext ctx) {
        String key = step.reason().messageKey();
        StepPage page = new StepPage(step.id(), ctx.i18n().text(key + ".title"))
                .content(ctx.cardLeft(), ctx.label(key + ".body", "kiosk-subtitle"));
        if (step.reason() == AbortReason.READER_UNAVAILABLE) {
            page.content(ctx.staffHelp(step.id(), key + ".title"));
        }
        return page.rightActions(ctx.primary("common.home", "ok", new ResidentAction.Confirm()));
    }
}
