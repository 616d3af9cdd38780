package jp.madoguchi.ui.view;

import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;

/** How many copies: one fewer / one more around the count, the limit, and the fee so far. */
final class ChooseCopiesView {
    private ChooseCopiesView() {}

    static StepPage of(ChooseCopies step, ViewContext ctx) {
        int copies = step.copies();
        LargeKey fewer = ctx.key("copies.fewer", "copies-fewer", new ResidentAction.SetCopies(copies - 1));
        fewer.setDisable(copies <= 1);
        LargeKey more = ctx.key("copies.more", "copies-more", new ResidentAction.SetCopies(copies + 1));
        more.setDisable(copies >= step.maxCopies());
        MessageLabel count = ctx.label("common.copies", "copies-count", copies);
        count.setId("copies-count");
        HBox counter = new HBox(fewer, count, more);
        counter.getStyleClass().add("action-group");
        counter.setAlignment(Pos.CENTER_LEFT);
        return new StepPage(step.id(), ctx.i18n().text("copies.title"))
                .content(counter,
                        ctx.label("copies.maximum", "kiosk-body", step.maxCopies()),
                        ctx.label("certificate.feePerCopy", "kiosk-body", step.feePerCopy()),
                        ctx.label("confirm.feeTotal", "kiosk-subtitle", step.feePerCopy() * copies))
                .leftActions(ctx.back()).cancelAction(ctx.cancel())
                .rightActions(ctx.next());
    }
}
