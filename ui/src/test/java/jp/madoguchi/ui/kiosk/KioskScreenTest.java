package jp.madoguchi.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.stage.Stage;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.IdleWarning;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.controls.PinPad;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The screen follows the newest snapshot only, keeps a typed PIN over a countdown tick, and syncs the language. */
@KioskFxTest
class KioskScreenTest {
    private static final PinEntry PIN = new PinEntry(4, 3, PinNotice.NONE, false);
    private final List<ResidentAction> sent = new CopyOnWriteArrayList<>();
    private final I18n i18n = new I18n();
    private KioskScreen screen;

    @Start
    void start(Stage stage) {
        screen = ScreenStage.show(stage, i18n, sent::add);
    }

    @Test
    void aStaleSnapshotIsDropped(FxRobot robot) {
        robot.interact(() -> {
            screen.show(snapshot(5, PIN, "ja", Optional.empty()));
            screen.show(snapshot(4, new Attract(List.of(Service.values())), "ja", Optional.empty()));
        });

        assertThat(robot.lookup("#pin-entry").tryQuery()).isPresent();
        assertThat(robot.lookup("#attract").tryQuery()).isEmpty();
    }

    @Test
    void aCountdownTickKeepsTheDigitsTypedSoFar(FxRobot robot) {
        robot.interact(() -> screen.show(snapshot(1, PIN, "ja", Optional.empty())));
        robot.clickOn("#pinKey1");
        robot.clickOn("#pinKey2");

        robot.interact(() -> screen.show(snapshot(2, PIN, "ja", Optional.of(new IdleWarning(9)))));

        assertThat(robot.lookup("#idle-overlay").query().isVisible()).isTrue();
        Set<Node> dots = robot.lookup(".pin-dot").queryAll();
        assertThat(dots.stream().filter(dot -> dot.getPseudoClassStates().contains(PinPad.ENTERED))).hasSize(2);
        robot.clickOn("#countdownContinue");
        assertThat(sent).contains(new ResidentAction.ContinueVisit());
    }

    @Test
    void theVisitsLanguageIsShownAndAPickedOneIsSentBackButNotEchoed(FxRobot robot) {
        robot.interact(() -> screen.show(snapshot(1, PIN, "th", Optional.empty())));
        assertThat(i18n.language()).isEqualTo(KioskLanguage.THAI);
        assertThat(sent).noneMatch(action -> action instanceof ResidentAction.ChooseLanguage);

        robot.clickOn("#language-button");
        robot.clickOn("#language-overlay #language-ko");

        assertThat(sent).contains(new ResidentAction.ChooseLanguage(new Language("ko")));
        assertThat(robot.lookup("#pin-entry").tryQuery()).isPresent();
    }

    private static VisitSnapshot snapshot(long sequence, VisitStep step, String language,
            Optional<IdleWarning> idle) {
        return new VisitSnapshot(sequence, Optional.empty(), new Language(language), step, idle, false);
    }
}
