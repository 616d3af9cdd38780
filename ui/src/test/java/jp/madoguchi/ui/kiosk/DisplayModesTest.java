package jp.madoguchi.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Stage;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import jp.madoguchi.ui.theme.DisplayMode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 見やすさ from the top bar: each mode switched on by touch, shown at once, and gone for the next resident. */
@KioskFxTest
class DisplayModesTest {
    private static final Attract ATTRACT = new Attract(List.of(Service.values()));
    private static final VisitId VISIT = new VisitId("V-0123456789abcdef");
    private KioskScreen screen;
    private long sequence;

    @Start
    void start(Stage stage) {
        screen = ScreenStage.show(stage, new I18n(), action -> { });
    }

    @Test
    void aResidentTurnsTheModesOnFromTheStartScreenAndTheyEndWithTheVisit(FxRobot robot) {
        robot.interact(() -> screen.show(snapshot(ATTRACT, Optional.empty())));

        robot.clickOn("#display-button");
        robot.clickOn("#display-large");
        robot.clickOn("#display-contrast");
        robot.clickOn("#display-close");

        Node root = screen.root();
        assertThat(root.getStyleClass()).contains("display-large", "display-contrast").doesNotContain("display-low");
        assertThat(robot.lookup("#display-overlay").query().isVisible()).isFalse();

        robot.interact(() -> {
            screen.show(snapshot(new PlaceCard(Service.CERTIFICATES), Optional.of(VISIT)));
            screen.show(snapshot(new ThankYou(), Optional.of(VISIT)));
        });
        assertThat(root.getStyleClass()).as("kept through the visit").contains("display-large");

        robot.interact(() -> screen.show(snapshot(ATTRACT, Optional.empty())));
        assertThat(root.getStyleClass()).doesNotContain("display-large", "display-contrast");
        assertThat(screen.display().isOn(DisplayMode.HIGH_CONTRAST)).isFalse();
    }

    @Test
    void aSecondTouchTurnsAModeOffAgain(FxRobot robot) {
        robot.interact(() -> screen.show(snapshot(ATTRACT, Optional.empty())));
        robot.clickOn("#display-button");
        robot.clickOn("#display-low");
        assertThat(screen.root().getStyleClass()).contains("display-low");

        robot.clickOn("#display-low");

        assertThat(screen.root().getStyleClass()).doesNotContain("display-low");
    }

    private VisitSnapshot snapshot(VisitStep step, Optional<VisitId> visit) {
        return new VisitSnapshot(++sequence, visit, Language.JAPANESE, step, Optional.empty(), false);
    }
}
