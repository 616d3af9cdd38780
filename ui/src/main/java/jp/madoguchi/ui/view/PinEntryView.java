package jp.madoguchi.ui.view;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.controls.PinPad;

/**
 * The PIN pad with what the card said: the tries left (read without using one), the card's own count after a
 * wrong PIN, or that the PIN must have 4 digits. The typed digits go to the visit as a copy the visit wipes; the
 * pad wipes its own array as soon as the handler returns.
 */
final class PinEntryView {
    private PinEntryView() {}

    static StepPage of(PinEntry step, ViewContext ctx) {
        VBox text = new VBox(notice(step, ctx));
        text.getStyleClass().add("section");
        if (step.notice() == PinNotice.NONE) {
            text.getChildren().addAll(ctx.label("pin.triesLeft", "kiosk-subtitle", step.triesLeft()));
        }
        if (step.lastTryConfirmed()) {
            text.getChildren().add(ctx.attention("pin.lastTry.title"));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setPrefWidth(0);

        PinPad pad = new PinPad(ctx.i18n(), step.digits());
        pad.setOnSubmit(pin -> ctx.send(new ResidentAction.EnterPin(pin.clone())));
        HBox columns = new HBox(text, pad);
        columns.getStyleClass().add("columns");
        return new StepPage(step.id(), ctx.i18n().text("pin.title")).content(columns).leftActions(ctx.cancel());
    }

    private static MessageLabel notice(PinEntry step, ViewContext ctx) {
        String style = step.notice() == PinNotice.NONE ? "notice" : "problem";
        MessageLabel notice = new MessageLabel(ctx.i18n().text(step.notice().messageKey(), step.triesLeft()),
                "kiosk-subtitle", style);
        notice.setId("pin-notice");
        return notice;
    }
}
