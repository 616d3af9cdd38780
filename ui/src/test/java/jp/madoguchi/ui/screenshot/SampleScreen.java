package jp.madoguchi.ui.screenshot;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.CountdownBanner;
import jp.madoguchi.ui.controls.LanguagePicker;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.controls.PinPad;
import jp.madoguchi.ui.controls.UnavailableTile;
import jp.madoguchi.ui.i18n.I18n;

/**
 * A busy sample screen for eyeballing every control in one language: the language picker with all endonyms, the
 * PIN pad, service keys, an unavailable certificate with its reason, a long wrapped note and the inactivity banner.
 */
final class SampleScreen {
    private static final double PIN_COLUMN_WIDTH = 460;

    private SampleScreen() {}

    static Parent build(I18n i18n) {
        HBox services = new HBox(16, service(i18n, "attract.service.certificates"),
                service(i18n, "attract.service.cardCheck"), service(i18n, "attract.service.help"));
        VBox left = new VBox(16,
                new MessageLabel(i18n.text("attract.title"), "kiosk-title"),
                new MessageLabel(i18n.text("language.title"), "kiosk-subtitle"),
                new LanguagePicker(i18n),
                services,
                new UnavailableTile(i18n, i18n.text("document.sealRegistration"),
                        i18n.text("reason.outsideHours", "6:30", "23:00")),
                new MessageLabel(i18n.text("unlock.app"), "kiosk-note"));
        HBox.setHgrow(left, Priority.ALWAYS);

        VBox right = new VBox(12,
                new MessageLabel(i18n.text("pin.title"), "kiosk-subtitle"),
                new MessageLabel(i18n.text("pin.instruction"), "kiosk-body"),
                new MessageLabel(i18n.text("pin.triesLeft", 3), "kiosk-body"),
                new PinPad(i18n, 4));
        right.setMinWidth(PIN_COLUMN_WIDTH);
        right.setMaxWidth(PIN_COLUMN_WIDTH);
        right.setAlignment(Pos.TOP_CENTER);

        CountdownBanner banner = new CountdownBanner(i18n);
        banner.secondsLeftProperty().set(15);

        BorderPane screen = new BorderPane(new HBox(40, left, right), null, null, banner, null);
        screen.setPadding(new Insets(20, 40, 20, 40));
        BorderPane.setMargin(banner, new Insets(16, 0, 0, 0));
        return screen;
    }

    private static LargeKey service(I18n i18n, String textKey) {
        LargeKey service = new LargeKey(i18n.text(textKey));
        service.setPrefWidth(320);
        service.setMinHeight(LargeKey.USE_PREF_SIZE);
        service.setMaxHeight(Double.MAX_VALUE);
        return service;
    }
}
