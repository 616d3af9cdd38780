package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.AccountInquiry;

/** ご利用履歴・残高照会: says the service is not available yet (its data comes with the output adapters). */
final class AccountInquiryView {
    private AccountInquiryView() {}

    static StepPage of(AccountInquiry step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("attract.service.account"))
                .content(ctx.label("account.pending", "kiosk-body"))
                .leftActions(ctx.back());
    }
}
