package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.IssueFailed;

/** Paid but not issued: what went wrong, that the fee is being refunded, and what staff can do about it. */
final class IssueFailedView {
    private IssueFailedView() {}

    static StepPage of(IssueFailed step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("issueFailed.title"))
                .content(ctx.problem(step.problem().messageKey()),
                        ctx.label("issueFailed.refund", "kiosk-body", step.refundYen()),
                        ctx.staffHelp(step.id(), "issueFailed.title"))
                .rightActions(ctx.ok());
    }
}
