package jp.madoguchi.ui.staff;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The on-screen notice of a waiting staff call ({@code callStaff.notice}): a banner at the top of the resident screen
 * that the resident reads as "staff are being called" and staff walking by as the call, until they answer it on the
 * staff screen. It takes no touches, so the screen under it keeps working. Id: {@code staff-call-notice}.
 */
final class CallNotice extends VBox {

    CallNotice(I18n i18n, StaffCalls calls) {
        getStyleClass().add("staff-call-notice");
        setId("staff-call-notice");
        getChildren().addAll(new MessageLabel(i18n.text("staffHelp.notice"), "staff-call-notice-title"),
                new MessageLabel(i18n.text("staffHelp.noticeStaff"), "staff-call-notice-body"));
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_CENTER);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> calls.notice() && calls.waiting().get(),
                calls.waiting()));
    }
}
