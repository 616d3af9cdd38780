package jp.madoguchi.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
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
class CountdownBannerTest {
    private final I18n i18n = new I18n();
    private final List<String> pressed = new ArrayList<>();
    private CountdownBanner banner;

    @Start
    void start(Stage stage) {
        banner = new CountdownBanner(i18n);
        banner.secondsLeftProperty().set(15);
        banner.setOnContinue(() -> pressed.add("continue"));
        banner.setOnEnd(() -> pressed.add("end"));
        Scene scene = new Scene(banner, 1120, 640);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheSecondsLeftAsTheVisitCountsDown(FxRobot robot) {
        Label countdown = robot.lookup("#countdownText").queryAs(Label.class);
        assertThat(countdown.getText().replace("\n", ""))
                .isEqualTo("あと15秒で最初の画面に戻ります。入力した内容は消去されます。");

        Label dial = robot.lookup("#countdownSeconds").queryAs(Label.class);
        assertThat(dial.getText()).isEqualTo("15");

        robot.interact(() -> banner.secondsLeftProperty().set(14));

        assertThat(countdown.getText()).startsWith("あと14秒");
        assertThat(dial.getText()).isEqualTo("14");
    }

    @Test
    void finishIsOnTheLeftAndContinueOnTheRightAsOnEveryStep(FxRobot robot) {
        double end = robot.lookup("#countdownEnd").query().localToScene(0, 0).getX();
        double go = robot.lookup("#countdownContinue").query().localToScene(0, 0).getX();

        assertThat(end).isLessThan(go);
    }

    @Test
    void followsALanguageSwitch(FxRobot robot) {
        robot.interact(() -> i18n.setLanguage(KioskLanguage.ENGLISH));

        assertThat(robot.lookup("#countdownText").queryAs(Label.class).getText().replace('\n', ' '))
                .isEqualTo("Returning to the start in 15 s. What you entered will be erased.");
    }

    @Test
    void reportsWhichKeyTheResidentPressed(FxRobot robot) {
        robot.clickOn("#countdownContinue").clickOn("#countdownEnd");

        assertThat(pressed).containsExactly("continue", "end");
    }
}
