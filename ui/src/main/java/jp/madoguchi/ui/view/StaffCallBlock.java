package jp.madoguchi.ui.view;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        // The key beside what staff can do, on one row: the screens that carry it also hold the problem and a refund.
        ObservableBooleanValue waiting = call.waiting();
        LargeKey key = new LargeKey(i18n.text("staffHelp.key")).primary();
        key.setId("call-staff");
        key.getStyleClass().add("call-staff");
        key.setMinWidth(Region.USE_PREF_SIZE);
        key.setOnAction(event -> call.call(stepId, titleKey));
        MessageLabel called = new MessageLabel(i18n.text("staffHelp.called"), "kiosk-subtitle", "attention");
        called.setId("staff-called");
        ViewContext.hideWhile(key, waiting);
        ViewContext.showOnlyWhile(called, waiting);
        HBox row = new HBox(24, key, called, role);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("staff-help-row");
        HBox.setHgrow(role, Priority.ALWAYS);
        getChildren().add(row);
    }
}
