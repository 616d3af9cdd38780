package jp.madoguchi.ui.staff;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.HBox;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The on-screen notice of a waiting staff call ({@code callStaff.notice}): 係員を呼んでいます in the top bar, read by the
 * resident as "staff are coming" and by staff walking by as the call, over every screen until they answer it on the
 * staff screen. In the top bar beside any demo controls, not over them, and taking no room while no call waits.
 * Id: {@code staff-call-notice}.
 */
final class CallNotice extends HBox {

    CallNotice(I18n i18n, StaffCalls calls) {
        getStyleClass().add("staff-call-notice");
        setId("staff-call-notice");
        getChildren().add(new MessageLabel(i18n.text("staffHelp.notice"), "staff-call-notice-title"));
        setMaxHeight(USE_PREF_SIZE);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> calls.notice() && calls.waiting().get(),
                calls.waiting()));
        managedProperty().bind(visibleProperty());
    }
}
