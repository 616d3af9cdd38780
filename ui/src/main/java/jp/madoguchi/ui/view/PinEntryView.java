package jp.madoguchi.ui.view;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.controls.PinPad;

/**
 * The PIN pad with which PIN it asks for, what the card said (the tries left, read without using one; the card's own
 * count after a wrong PIN; or that the PIN must have 4 digits) and a "forgot the PIN?" key. The typed digits go to the visit as a copy the visit wipes; the
 * pad wipes its own array as soon as the handler returns.
 */
final class PinEntryView {
    private PinEntryView() {}

    static StepPage of(PinEntry step, ViewContext ctx) {
        // Which PIN is asked for stays on screen after a wrong one: residents have several 4-digit PINs.
        VBox text = new VBox(ctx.label("pin.instruction", "kiosk-subtitle"));
        text.getStyleClass().add("section");
        if (step.notice() == PinNotice.NONE) {
            text.getChildren().addAll(ctx.label("pin.triesLeft", "kiosk-subtitle", step.triesLeft()));
        } else {
            text.getChildren().add(notice(step, ctx));
        }
        if (step.lastTryConfirmed()) {
            text.getChildren().add(ctx.attention("pin.lastTry.title"));
        }
        text.getChildren().add(forgot(ctx));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setPrefWidth(0);

        PinPad pad = new PinPad(ctx.i18n(), step.digits());
        pad.setOnSubmit(pin -> ctx.send(new ResidentAction.EnterPin(pin.clone())));
        HBox columns = new HBox(text, pad);
        columns.getStyleClass().add("columns");
        return new StepPage(step.id(), ctx.i18n().text("pin.title")).content(columns).cancelAction(ctx.cancel());
    }

    /** "Forgot the PIN?": where to set it again, without guessing away the tries. */
    static LargeKey forgot(ViewContext ctx) {
        return ctx.key("pin.forgot", "forgot-pin", new ResidentAction.ForgotPin());
    }

    private static MessageLabel notice(PinEntry step, ViewContext ctx) {
        MessageLabel notice = new MessageLabel(ctx.i18n().text(step.notice().messageKey(), step.triesLeft()),
                "kiosk-subtitle", "problem");
        notice.setId("pin-notice");
        return notice;
    }
}
