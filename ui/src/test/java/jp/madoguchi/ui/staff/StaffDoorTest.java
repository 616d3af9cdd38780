package jp.madoguchi.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import jp.madoguchi.ui.theme.KioskTheme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hidden corner plus the staff PIN opens the staff screen; a wrong PIN does not, and exit is staff-only. */
@KioskFxTest
class StaffDoorTest {
    private static final StaffPinHash HASH = StaffPinHash.create("135790".toCharArray(), new SecureRandom());
    private final AtomicLong now = new AtomicLong();
    private final AtomicBoolean exited = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n();
        StaffDoor door = new StaffDoor(i18n, Optional.of(HASH), new FixedConsole(exited), now::get);
        BorderPane screen = new BorderPane();
        screen.setTop(door.corner());
        Scene scene = new Scene(new StackPane(screen, door.layer()), 1920, 1080);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void fiveQuickTapsAndTheStaffPinOpenTheStaffScreen(FxRobot robot) throws Exception {
        tapCorner(robot, StaffGesture.TAPS, 100);
        assertThat(visible(robot, "#staff-pin-prompt")).isTrue();

        typePin(robot, "135790");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#staff-screen"));

        assertThat(visible(robot, "#staff-pin-prompt")).isFalse();
        assertThat(robot.lookup("#staff-readers .label").queryLabeled().getText()).contains("Test Reader 0");
        assertThat(robot.lookup("#staff-visits .label").queryLabeled().getText()).contains("COMPLETED");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#staff-doctor .label").queryLabeled().getText().contains("card: ok"));
        robot.clickOn("#staff-exit");
        assertThat(exited).isTrue();
    }

    @Test
    void aWrongStaffPinKeepsTheStaffScreenShut(FxRobot robot) throws Exception {
        tapCorner(robot, StaffGesture.TAPS, 100);

        typePin(robot, "000000");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#staff-pin-wrong"));

        assertThat(visible(robot, "#staff-screen")).isFalse();
        assertThat(visible(robot, "#staff-pin-prompt")).isTrue();
    }

    @Test
    void slowTapsDoNotOpenThePrompt(FxRobot robot) {
        tapCorner(robot, StaffGesture.TAPS, 1_000);

        assertThat(visible(robot, "#staff-pin-prompt")).isFalse();
    }

    private void tapCorner(FxRobot robot, int taps, long millisApart) {
        for (int i = 0; i < taps; i++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millisApart));
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

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** A kiosk with one reader holding a card, one completed visit, and a doctor that finds the card fine. */
    private record FixedConsole(AtomicBoolean exited) implements StaffConsole {
        @Override
        public PcscStatus readers() {
            return new PcscStatus(List.of(new ReaderSnapshot("Test Reader 0", true, "3B8F")), null);
        }

        @Override
        public CompletableFuture<List<String>> examine() {
            return CompletableFuture.completedFuture(List.of("card: ok"));
        }

        @Override
        public List<RecentVisits.Outcome> recentVisits() {
            return List.of(new RecentVisits.Outcome(Instant.parse("2026-11-24T01:00:00Z"), EndReason.COMPLETED,
                    "thank-you"));
        }

        @Override
        public CompletableFuture<RulesCheck> reloadRules() {
            return CompletableFuture.completedFuture(new RulesCheck(true, 4, List.of()));
        }

        @Override
        public List<String> kioskFacts() {
            return List.of("municipality 284645");
        }

        @Override
        public void exitKiosk() {
            exited.set(true);
        }
    }
}
