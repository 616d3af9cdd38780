package jp.madoguchi.ui.staff;

import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * "End the application?" over the staff screen: the exit key sits beside everyday keys, and ending the kiosk stops
 * certificates for everyone until it starts again, so it takes a second, deliberate touch. Cancel keeps it running.
 */
final class ExitConfirmation extends StackPane {

    ExitConfirmation(I18n i18n, Runnable exit) {
        getStyleClass().add("overlay");
        setId("staff-exit-confirmation");
        LargeKey cancel = new LargeKey(i18n.text("common.cancel"));
        cancel.setId("staff-exit-cancel");
        cancel.setOnAction(event -> close());
        LargeKey confirm = new LargeKey(i18n.text("staff.exit.confirm"));
        confirm.setId("staff-exit-confirm");
        confirm.getStyleClass().add("staff-danger");
        confirm.setOnAction(event -> {
            close();
            exit.run();
        });
        HBox keys = new HBox(cancel, confirm);
        keys.getStyleClass().add("staff-confirm-keys");
        VBox panel = new VBox(new MessageLabel(i18n.text("staff.exit.title"), "kiosk-title"),
                new MessageLabel(i18n.text("staff.exit.body"), "kiosk-body"), keys);
        panel.getStyleClass().addAll("overlay-panel", "staff-confirm");
        panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(panel);
        setVisible(false);
    }

    void open() {
        setVisible(true);
    }

    void close() {
        setVisible(false);
    }
}
