package jp.madoguchi.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import jp.madoguchi.ui.theme.KioskTheme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

@KioskFxTest
class UnavailableTileTest {
    private final I18n i18n = new I18n();
    private UnavailableTile tile;

    @Start
    void start(Stage stage) {
        tile = new UnavailableTile(i18n, i18n.text("document.sealRegistration"), i18n.text("reason.sealNotRegistered"));
        Scene scene = new Scene(tile, 900, 200);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheItemWithTheEnginesReason(FxRobot robot) {
        assertThat(robot.lookup(".item-name").queryAs(Label.class).getText()).isEqualTo("印鑑登録証明書");
        assertThat(robot.lookup(".item-reason").queryAs(Label.class).getText())
                .isEqualTo("この市区町村に印鑑登録がありません");
    }

    @Test
    void translatesItemAndReasonTogether(FxRobot robot) {
        robot.interact(() -> i18n.setLanguage(KioskLanguage.ENGLISH));

        assertThat(robot.lookup(".item-reason").queryAs(Label.class).getText())
                .isEqualTo("No seal is registered in this municipality");
    }

    @Test
    void cannotBePressedButStaysReadable() {
        assertThat(tile.lookupAll(".button")).noneMatch(ButtonBase.class::isInstance);
        assertThat(tile.isDisabled()).isFalse();
        assertThat(tile.isFocusTraversable()).isFalse();
    }
}
