package jp.madoguchi.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import jp.madoguchi.ui.theme.KioskTheme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@KioskFxTest
class PinPadTest {
    private final char[] storage = new char[4];
    private final List<char[]> handedOver = new ArrayList<>();
    private final List<String> seenByHandler = new ArrayList<>();
    private PinPad pad;
    private StackPane root;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n();
        pad = new PinPad(i18n, new PinBuffer(storage));
        pad.setOnSubmit(pin -> {
            handedOver.add(pin);
            seenByHandler.add(new String(pin));
        });
        root = new StackPane(pad);
        Scene scene = new Scene(root, 900, 1000);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void digitsFillTheDotsButNeverShowUp(FxRobot robot) {
        robot.clickOn("#pinKey1").clickOn("#pinKey9");

        assertThat(pad.enteredProperty().get()).isEqualTo(2);
        assertThat(enteredDots(robot)).isEqualTo(2);
        assertThat(storage).containsExactly('1', '9', '\0', '\0');
        HBox display = robot.lookup(".pin-display").queryAs(HBox.class);
        assertThat(display.getChildren()).as("only dots, no text that could show a digit")
                .hasSize(4).allMatch(Circle.class::isInstance);
    }

    @Test
    void stopsAtFourDigits(FxRobot robot) {
        for (String key : List.of("#pinKey1", "#pinKey2", "#pinKey3", "#pinKey4", "#pinKey5", "#pinKey6")) {
            robot.clickOn(key);
        }

        assertThat(pad.enteredProperty().get()).isEqualTo(4);
        assertThat(storage).containsExactly('1', '2', '3', '4');
    }

    @Test
    void submitIsOnlyPossibleWithAllFourDigits(FxRobot robot) {
        Button submit = robot.lookup("#pinSubmit").queryButton();
        robot.clickOn("#pinKey5").clickOn("#pinKey5").clickOn("#pinKey5");
        assertThat(submit.isDisabled()).isTrue();

        robot.clickOn("#pinKey0");

        assertThat(submit.isDisabled()).isFalse();
    }

    @Test
    void backRemovesTheLastDigitAndWipesIt(FxRobot robot) {
        robot.clickOn("#pinKey3").clickOn("#pinKey7").clickOn("#pinBack");

        assertThat(pad.enteredProperty().get()).isEqualTo(1);
        assertThat(storage).containsExactly('3', '\0', '\0', '\0');
    }

    @Test
    void clearWipesEveryDigit(FxRobot robot) {
        robot.clickOn("#pinKey3").clickOn("#pinKey7").clickOn("#pinKey8").clickOn("#pinClear");

        assertThat(pad.enteredProperty().get()).isZero();
        assertThat(storage).containsOnly('\0');
        assertThat(enteredDots(robot)).isZero();
    }

    @Test
    void submitHandsThePinOverOnceAndWipesEveryCopy(FxRobot robot) {
        robot.clickOn("#pinKey2").clickOn("#pinKey0").clickOn("#pinKey2").clickOn("#pinKey6").clickOn("#pinSubmit");

        assertThat(seenByHandler).containsExactly("2026");
        assertThat(handedOver).hasSize(1);
        assertThat(handedOver.get(0)).as("the array given to the handler").containsOnly('\0');
        assertThat(storage).as("the pad's own buffer").containsOnly('\0');
        assertThat(pad.enteredProperty().get()).isZero();
    }

    @Test
    void leavingTheSceneWipesTheDigits(FxRobot robot) {
        robot.clickOn("#pinKey4").clickOn("#pinKey2");

        robot.interact(() -> root.getChildren().clear());

        assertThat(storage).containsOnly('\0');
    }

    private static long enteredDots(FxRobot robot) {
        return robot.lookup(".pin-dot").queryAll().stream()
                .filter(dot -> dot.getPseudoClassStates().contains(PinPad.ENTERED)).count();
    }

    @Test
    void keysAreLargeAndNeverTakeFocus(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> keys = new ArrayList<>(robot.lookup(".large-key").queryAll());

        assertThat(keys).hasSize(13);
        assertThat(keys).allSatisfy(key -> {
            assertThat(key.isFocusTraversable()).as(key.getId()).isFalse();
            assertThat(key.getLayoutBounds().getWidth()).as(key.getId()).isGreaterThanOrEqualTo(80);
            assertThat(key.getLayoutBounds().getHeight()).as(key.getId()).isGreaterThanOrEqualTo(80);
        });
        assertThat(Arrays.asList("#pinKey0", "#pinBack", "#pinClear", "#pinSubmit"))
                .allSatisfy(id -> assertThat(robot.lookup(id).tryQuery()).isPresent());
    }
}
