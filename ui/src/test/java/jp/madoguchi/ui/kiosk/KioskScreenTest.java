package jp.madoguchi.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.IdleWarning;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.controls.PinPad;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The screen follows the newest snapshot only, keeps a typed PIN over a countdown tick, syncs the language, and calls
 * out a card left on the reader.
 */
@KioskFxTest
class KioskScreenTest {
    private static final PinEntry PIN = new PinEntry(4, 3, PinNotice.NONE, false);
    private static final Attract ATTRACT = new Attract(List.of(Service.values()));
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

    @Test
    void aCardLeftOnTheReaderIsCalledOutOnTheStartScreenUntilItIsTaken(FxRobot robot) {
        robot.interact(() -> screen.show(withCard(1, ATTRACT, true)));

        assertThat(shown(robot, "#card-left")).isTrue();
        assertThat(text(robot, "#card-left-title")).isEqualTo("カードが置かれたままです");
        assertThat(text(robot, "#card-left-body")).isEqualTo("お忘れのないよう、読み取り機からお取りください。");
        assertThat(robot.lookup("#step-title").tryQuery()).as("the title gives way to the reminder").isEmpty();
        robot.clickOn("#service-help");
        assertThat(sent).as("the services stay usable").contains(new ResidentAction.ChooseService(Service.HELP));

        robot.interact(() -> screen.show(withCard(2, ATTRACT, false)));

        assertThat(shown(robot, "#card-left")).isFalse();
        assertThat(text(robot, "#step-title")).isEqualTo(i18n.tr("attract.title"));
    }

    @Test
    void anEmptyReaderShowsNoReminder(FxRobot robot) {
        robot.interact(() -> screen.show(withCard(1, ATTRACT, false)));

        assertThat(shown(robot, "#card-left")).isFalse();
        assertThat(text(robot, "#step-title")).isEqualTo(i18n.tr("attract.title"));
    }

    @Test
    void theEndOfAVisitRemindsOfACardStillOnTheReaderAndOtherStepsLeaveItToTheirOwnTexts(FxRobot robot) {
        robot.interact(() -> screen.show(withCard(1, new ThankYou(), true)));
        assertThat(shown(robot, "#card-left")).as("thank-you").isTrue();
        assertThat(text(robot, "#step-title")).isEqualTo(i18n.tr("thanks.title"));

        robot.interact(() -> screen.show(withCard(2, new ThankYou(), false)));
        assertThat(shown(robot, "#card-left")).as("thank-you, card taken").isFalse();

        robot.interact(() -> screen.show(withCard(3, new Aborted(AbortReason.CARD_SWAPPED), true)));
        assertThat(shown(robot, "#card-left")).as("aborted").isTrue();

        robot.interact(() -> screen.show(withCard(4, PIN, true)));
        assertThat(shown(robot, "#card-left")).as("PIN entry: the card belongs there").isFalse();
    }

    /** The countdown is a card in the middle of the screen, clear of its edges, its keys whole, in any language. */
    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void theIdleWarningIsACentredCardClearOfTheEdges(KioskLanguage language, FxRobot robot) {
        robot.interact(() -> screen.show(new VisitSnapshot(1, Optional.empty(), new Language(language.tag()), PIN,
                Optional.of(new IdleWarning(12)), false)));

        Node card = robot.lookup("#idle-overlay .countdown-banner").query();
        Bounds box = sceneBounds(card);
        double width = card.getScene().getWidth();
        double height = card.getScene().getHeight();
        assertThat(Math.abs(box.getCenterX() - width / 2)).as("centred across").isLessThan(2);
        assertThat(Math.abs(box.getCenterY() - height / 2)).as("centred down").isLessThan(2);
        assertThat(box.getMinY()).as("clear of the top in %s", language).isGreaterThanOrEqualTo(120);
        assertThat(box.getMaxY()).as("clear of the bottom in %s", language).isLessThanOrEqualTo(height - 120);
        for (String key : List.of("#countdownContinue", "#countdownEnd", "#countdownText")) {
            Node node = robot.lookup(key).query();
            Bounds bounds = sceneBounds(node);
            assertThat(box.contains(bounds)).as("%s inside the card in %s", key, language).isTrue();
            assertThat(node.getLayoutBounds().getWidth()).as("%s not squeezed in %s", key, language)
                    .isGreaterThanOrEqualTo(node.minWidth(-1) - 0.5);
        }
        assertThat(robot.lookup("#countdownSeconds").queryLabeled().getText()).isEqualTo("12");
    }

    /** The reminder takes the title's room: nothing of the start screen is pushed off it, in any language. */
    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void theStartScreenWithTheReminderStillFitsTheScreen(KioskLanguage language, FxRobot robot) {
        robot.interact(() -> screen.show(new VisitSnapshot(1, Optional.empty(), new Language(language.tag()),
                ATTRACT, Optional.empty(), true)));

        Node banner = robot.lookup("#card-left").query();
        Parent content = robot.lookup("#attract .step-content").query();
        Node lastLine = content.getChildrenUnmodifiable().get(content.getChildrenUnmodifiable().size() - 1);
        assertThat(sceneBounds(banner).getMinY()).as("below the top bar").isGreaterThanOrEqualTo(90);
        assertThat(sceneBounds(lastLine).getMaxY()).as("the start screen's last line in %s", language)
                .isLessThanOrEqualTo(content.getScene().getHeight() - 32);
        assertThat(sceneBounds(content).getMaxY()).isLessThanOrEqualTo(content.getScene().getHeight());
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText().replace("\n", "");
    }

    private static VisitSnapshot withCard(long sequence, VisitStep step, boolean cardOnReader) {
        return new VisitSnapshot(sequence, Optional.empty(), new Language("ja"), step, Optional.empty(),
                cardOnReader);
    }

    private static VisitSnapshot snapshot(long sequence, VisitStep step, String language,
            Optional<IdleWarning> idle) {
        return new VisitSnapshot(sequence, Optional.empty(), new Language(language), step, idle, false);
    }
}
