package jp.madoguchi.ui.staff;

import static jp.madoguchi.ui.staff.StaffStage.visible;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The hidden corner plus the staff PIN opens the staff screen; a wrong PIN does not, slow taps do nothing, and a
 * prompt left alone closes so the resident screen is not covered for good.
 */
@KioskFxTest
class StaffDoorTest {
    private static final StaffPinHash HASH = StaffPinHash.create("135790".toCharArray(), new SecureRandom());
    private StaffStage kiosk;

    @Start
    void start(Stage stage) {
        kiosk = new StaffStage(stage, new I18n(), Optional.of(HASH), new FixedConsole(), StaffStage.noCalls());
    }

    @Test
    void fiveQuickTapsAndTheStaffPinOpenTheStaffScreen(FxRobot robot) throws Exception {
        tapCorner(robot, StaffGesture.TAPS, 100);
        assertThat(visible(robot, "#staff-pin-prompt")).isTrue();

        typePin(robot, "135790");
        StaffStage.await(() -> visible(robot, "#staff-screen"));

        assertThat(visible(robot, "#staff-pin-prompt")).isFalse();
        StaffStage.await(() -> String.join("\n", StaffStage.texts(robot, "#staff-state"))
                .contains("Test Reader 0: カードあり"));
    }

    @Test
    void aWrongStaffPinKeepsTheStaffScreenShut(FxRobot robot) throws Exception {
        tapCorner(robot, StaffGesture.TAPS, 100);

        typePin(robot, "000000");
        StaffStage.await(() -> visible(robot, "#staff-pin-wrong"));

        assertThat(visible(robot, "#staff-screen")).isFalse();
        assertThat(visible(robot, "#staff-pin-prompt")).isTrue();
    }

    @Test
    void slowTapsDoNotOpenThePrompt(FxRobot robot) {
        tapCorner(robot, StaffGesture.TAPS, 1_000);

        assertThat(visible(robot, "#staff-pin-prompt")).isFalse();
    }

    @Test
    void aPromptLeftAloneForAMinuteClosesAndUncoversTheResidentScreen(FxRobot robot) throws Exception {
        tapCorner(robot, StaffGesture.TAPS, 100);
        assertThat(visible(robot, "#staff-pin-prompt")).isTrue();

        kiosk.later(StaffPinPrompt.IDLE.toSeconds() - 5, TimeUnit.SECONDS);
        Thread.sleep(1_500); // the idle check runs once a second
        assertThat(visible(robot, "#staff-pin-prompt")).as("not yet a minute").isTrue();

        kiosk.later(5, TimeUnit.SECONDS);
        StaffStage.await(() -> !visible(robot, "#staff-pin-prompt"));
        assertThat(visible(robot, "#staff-screen")).isFalse();
    }

    private void tapCorner(FxRobot robot, int taps, long millisApart) {
        for (int i = 0; i < taps; i++) {
            kiosk.later(millisApart, TimeUnit.MILLISECONDS);
            robot.clickOn("#staff-corner");
        }
    }

    private static void typePin(FxRobot robot, String pin) {
        Node prompt = robot.lookup("#staff-pin-prompt").query();
        for (char digit : pin.toCharArray()) {
            robot.clickOn(robot.from(prompt).lookup("#pinKey" + digit).queryAs(Node.class));
        }
        robot.clickOn(robot.from(prompt).lookup("#pinSubmit").queryAs(Node.class));
    }
}
