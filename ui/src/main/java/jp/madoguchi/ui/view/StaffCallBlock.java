package jp.madoguchi.ui.view;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * What staff can do here (machine faults and refunds, never the operation: Help says so too) and how to reach them:
 * the call-staff key where the kiosk has one, else "tell staff nearby". Once called, the key gives way to "staff have
 * been called" until they answer. Ids: {@code staff-help}, {@code call-staff}, {@code staff-called}.
 */
final class StaffCallBlock extends VBox {

    StaffCallBlock(I18n i18n, StaffCall call, String stepId, String titleKey) {
        getStyleClass().add("staff-help");
        setId("staff-help");
        MessageLabel role = new MessageLabel(i18n.text("staffHelp.role"), "kiosk-body");
        if (!call.available()) {
            getChildren().addAll(role, new MessageLabel(i18n.text("staffHelp.nearby"), "kiosk-subtitle", "attention"));
            return;
        }
        ObservableBooleanValue waiting = call.waiting();
        MessageLabel press = new MessageLabel(i18n.text("staffHelp.press"), "kiosk-subtitle", "attention");
        LargeKey key = new LargeKey(i18n.text("staffHelp.key")).primary();
        key.setId("call-staff");
        key.getStyleClass().add("call-staff");
        key.setOnAction(event -> call.call(stepId, titleKey));
        MessageLabel called = new MessageLabel(i18n.text("staffHelp.called"), "kiosk-subtitle", "attention");
        called.setId("staff-called");
        ViewContext.hideWhile(press, waiting);
        ViewContext.hideWhile(key, waiting);
        ViewContext.showOnlyWhile(called, waiting);
        getChildren().addAll(role, press, key, called);
    }
}
