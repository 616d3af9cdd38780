package jp.madoguchi.ui.view;

import java.util.OptionalInt;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.GridPane;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardValidity;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.ui.controls.MessageLabel;

/**
 * カードの状態確認, no PIN asked: the 利用者証明用 certificate's state and expiry, from when it can be renewed (or
 * since when, once that day has passed), the tries left on each PIN, whether a 署名用 certificate is on the card and
 * that it ends with a move or a new name, and that a foreign resident's card ends with the period of stay (the
 * kiosk cannot tell who is one: the certificate carries no nationality).
 */
final class CardCheckResultView {
    private CardCheckResultView() {}

    static StepPage of(CardCheckResult step, ViewContext ctx) {
        GridPane rows = new GridPane();
        rows.getStyleClass().add("summary-rows");
        row(rows, 0, ctx, "cardCheck.certificate", ctx.i18n().text(step.validity().messageKey()), "validity");
        row(rows, 1, ctx, null, date(ctx, "cardCheck.expiry", step), "expiry");
        row(rows, 2, ctx, "cardCheck.pin.auth", tries(ctx, step.authTriesLeft()), "auth-tries");
        row(rows, 3, ctx, "cardCheck.pin.signature", tries(ctx, step.signatureTriesLeft()), "signature-tries");
        StepPage page = new StepPage(step.id(), ctx.i18n().text("cardCheck.title"))
                .content(ctx.label("cardCheck.body", "kiosk-note"), rows);
        if (step.validity() == CardValidity.VALID) {
            // A renewal date already past is said as past: "could be renewed since", not "from".
            MessageLabel renewal = new MessageLabel(ctx.text().message(Message.of(step.renewalOpen()
                    ? "cardCheck.renewal.open" : "cardCheck.renewal", step.renewFrom())), "kiosk-body",
                    step.renewalOpen() ? "attention" : "notice");
            renewal.setId("renewal");
            page.content(renewal);
        }
        page.content(ctx.label(step.signatureCertificatePresent()
                ? "cardCheck.signature.present" : "cardCheck.signature.absent", "kiosk-body"));
        page.content(ctx.label(step.signatureCertificatePresent() ? "cardCheck.signature.changes"
                : "cardCheck.signature.absentHint", "kiosk-note"));
        page.content(ctx.label("cardCheck.residencePeriod", "kiosk-note"));
        if (step.cardPresent()) {
            page.content(ctx.attention("cardCheck.done"));
        }
        return page.rightActions(ctx.ok());
    }

    private static ObservableValue<String> date(ViewContext ctx, String key, CardCheckResult step) {
        return ctx.text().message(Message.of(key, step.validUntil()));
    }

    private static ObservableValue<String> tries(ViewContext ctx, OptionalInt left) {
        if (left.isEmpty()) {
            return ctx.i18n().text("cardCheck.pin.unknown");
        }
        return left.getAsInt() == 0 ? ctx.i18n().text("cardCheck.pin.locked")
                : ctx.i18n().text("cardCheck.pin.triesLeft", left.getAsInt());
    }

    private static void row(GridPane rows, int index, ViewContext ctx, String labelKey,
            ObservableValue<String> value, String id) {
        MessageLabel shown = new MessageLabel(value, "summary-value");
        shown.setId(id);
        rows.addRow(index, labelKey == null ? ViewContext.plain("", "summary-label")
                : ctx.label(labelKey, "summary-label"), shown);
    }
}
