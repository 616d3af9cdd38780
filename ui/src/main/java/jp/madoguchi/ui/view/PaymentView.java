package jp.madoguchi.ui.view;

import jp.madoguchi.issuance.visit.step.Payment;

/** The fee is due; the payment device reports when it is paid. Back returns to the confirm screen. */
final class PaymentView {
    private PaymentView() {}

    static StepPage of(Payment step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("payment.title"))
                .content(ctx.label("payment.amount", "payment-amount", step.amountDue()),
                        ctx.label("payment.body", "kiosk-body"))
                .leftActions(ctx.back()).cancelAction(ctx.cancel());
    }
}
