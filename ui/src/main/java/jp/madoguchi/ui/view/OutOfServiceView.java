package jp.madoguchi.ui.view;

import java.util.stream.Collectors;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.visit.step.OutOfService;

/**
 * 休止中: no key to press, only what the resident can do instead and that the kiosk returns by itself. The last line
 * names the failed checks by their ids for a clerk asked for help (the log and the staff screen say more). A card
 * left on the reader is called out in amber.
 */
final class OutOfServiceView {
    private OutOfServiceView() {}

    static StepPage of(OutOfService step, ViewContext ctx) {
        String checks = step.failed().stream().map(Identified::id).collect(Collectors.joining(", "));
        return new StepPage(step.id(), ctx.i18n().text("outOfService.title"))
                .content(ctx.cardLeft(), ctx.label("outOfService.body", "kiosk-subtitle"),
                        ctx.label("outOfService.returning", "kiosk-body"),
                        ctx.label("outOfService.staff", "kiosk-note", checks));
    }
}
