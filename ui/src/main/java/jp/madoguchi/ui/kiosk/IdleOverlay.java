package jp.madoguchi.ui.kiosk;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.IdleWarning;
import jp.madoguchi.ui.controls.CountdownBanner;
import jp.madoguchi.ui.i18n.I18n;

/**
 * "Continue?" as a card in the middle of the dimmed step while the visit counts down to its reset. The visit owns
 * the clock; this only shows the seconds it reports and sends Continue or Cancel.
 */
final class IdleOverlay extends StackPane {
    private final CountdownBanner banner;

    IdleOverlay(I18n i18n, Consumer<ResidentAction> actions) {
        getStyleClass().add("overlay");
        setId("idle-overlay");
        banner = new CountdownBanner(i18n);
        banner.setOnContinue(() -> actions.accept(new ResidentAction.ContinueVisit()));
        banner.setOnEnd(() -> actions.accept(new ResidentAction.Cancel()));
        StackPane.setAlignment(banner, Pos.CENTER);
        getChildren().add(banner);
        setVisible(false);
    }

    void show(Optional<IdleWarning> warning) {
        warning.ifPresent(w -> banner.secondsLeftProperty().set(w.secondsLeft()));
        setVisible(warning.isPresent());
    }
}
