package jp.madoguchi.ui.staff;

import static jp.madoguchi.ui.staff.StaffStage.texts;
import static jp.madoguchi.ui.staff.StaffStage.visible;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import jp.madoguchi.card.jpki.CardType;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The staff screen on the kiosk's 1080-px screen: with cards on the readers its sections scroll while the title and
 * every key stay on the screen; exiting takes a confirmation; it closes itself when left alone; and what identifies
 * a card shows only when asked.
 */
@KioskFxTest
class StaffScreenTest {
    private static final List<String> KEYS = List.of("#staff-refresh", "#staff-test-read", "#staff-printer-check",
            "#staff-test-print", "#staff-rules-reload", "#staff-back", "#staff-exit");
    private final FixedConsole console = new FixedConsole();
    private StaffStage kiosk;

    @Start
    void start(Stage stage) {
        kiosk = new StaffStage(stage, new I18n(), Optional.empty(), console, StaffStage.noCalls());
    }

    @Test
    void withCardsOnTheReadersTheSectionsScrollAndTheTitleAndKeysStayOnTheScreen(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#staff-test-read");
        StaffStage.await(() -> flat(texts(robot, "#staff-doctor")).contains("TestReader1:マイナンバーカードを読み取りました"));

        ScrollPane scroll = robot.lookup("#staff-scroll").queryAs(ScrollPane.class);
        double content = StaffStage.onFx(() -> scroll.getContent().getLayoutBounds().getHeight());
        double viewport = StaffStage.onFx(() -> scroll.getViewportBounds().getHeight());
        assertThat(content).as("the findings need more room than the screen has").isGreaterThan(viewport);
        assertOnScreen(robot, "#staff-title");
        KEYS.forEach(key -> assertOnScreen(robot, key));

        Node lastLine = lastLineOfFindings(robot);
        assertThat(insideViewport(robot, scroll, lastLine)).as("the end of the findings, before scrolling").isFalse();
        for (int drags = 0; drags < 4 && !insideViewport(robot, scroll, lastLine); drags++) {
            robot.drag("#staff-scroll").dropBy(0, -400); // a finger dragging the page up
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(insideViewport(robot, scroll, lastLine)).as("the end of the findings, dragged into view").isTrue();
        assertOnScreen(robot, "#staff-title");
        KEYS.forEach(key -> assertOnScreen(robot, key));

        robot.clickOn("#staff-back");
        assertThat(visible(robot, "#staff-screen")).as("the way back works at any scroll").isFalse();
    }

    @Test
    void exitingAsksFirstCancelKeepsTheKioskRunningAndConfirmExits(FxRobot robot) throws Exception {
        open(robot);

        robot.clickOn("#staff-exit");
        assertThat(visible(robot, "#staff-exit-confirmation")).isTrue();
        assertThat(console.exits).hasValue(0);
        robot.clickOn("#staff-exit-cancel");
        assertThat(visible(robot, "#staff-exit-confirmation")).isFalse();
        assertThat(visible(robot, "#staff-screen")).isTrue();
        assertThat(console.exits).as("cancel keeps the kiosk running").hasValue(0);

        robot.clickOn("#staff-exit");
        robot.clickOn("#staff-exit-confirm");
        assertThat(console.exits).hasValue(1);
    }

    @Test
    void leftAloneForThreeMinutesTheStaffScreenClosesItselfAndATouchPutsThatOff(FxRobot robot) throws Exception {
        open(robot);

        kiosk.later(2, TimeUnit.MINUTES);
        robot.clickOn("#staff-title"); // a touch anywhere on the staff screen
        kiosk.later(2, TimeUnit.MINUTES);
        Thread.sleep(1_500); // the idle check runs once a second
        assertThat(visible(robot, "#staff-screen")).as("two minutes since the last touch").isTrue();

        kiosk.later(1, TimeUnit.MINUTES);
        StaffStage.await(() -> !visible(robot, "#staff-screen"));
        assertThat(console.exits).hasValue(0);
    }

    @Test
    void theCardsSubjectSerialAndFingerprintShowOnlyWhenAskedAndHideAgainOnClosing(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#staff-test-read");
        StaffStage.await(() -> flat(texts(robot, "#staff-doctor")).contains("マイナンバーカードを読み取りました"));
        assertThat(identityShown(robot)).as("before asking").isFalse();

        robot.clickOn("#staff-show-serials");
        StaffStage.await(() -> identityShown(robot));
        assertThat(flat(texts(robot, "#staff-doctor"))).contains("シリアル番号:" + FixedConsole.IDENTITY.serial(),
                FixedConsole.IDENTITY.sha256(), FixedConsole.IDENTITY.subject());

        robot.clickOn("#staff-show-serials");
        StaffStage.await(() -> !identityShown(robot));
        robot.clickOn("#staff-show-serials");
        StaffStage.await(() -> identityShown(robot));
        robot.clickOn("#staff-back");
        open(robot);
        assertThat(identityShown(robot)).as("after closing and opening again").isFalse();
    }

    @Test
    void aTestReadOrTestPrintDuringAVisitIsRefusedInWords(FxRobot robot) throws Exception {
        console.busy = new VisitUnderway();
        open(robot);

        robot.clickOn("#staff-test-read");
        StaffStage.await(() -> flat(texts(robot, "#staff-doctor")).contains("利用者の手続き中はできません"));
        robot.clickOn("#staff-test-print");
        StaffStage.await(() -> flat(texts(robot, "#staff-printer")).contains("利用者の手続き中はできません"));
    }

    @Test
    void everyStatusIsInWordsNeverAnEnumNameARecordOrAnId(FxRobot robot) throws Exception {
        console.health = new ServiceHealth(List.of(new ServiceHealth.Outage(ServiceCheck.PRINTER,
                "queue Kiosk_A4: queue-stopped (printer-state 5, reasons paused)")));
        console.visits = Arrays.stream(EndReason.values()).map(reason -> new RecentVisits.Outcome(
                Instant.parse("2026-11-24T01:00:00Z"), reason, "pin-entry")).toList();
        console.findings = List.of(FixedConsole.card("Reader A"), ReaderFinding.noCard("Reader B"),
                ReaderFinding.otherCard("Reader C", CardType.JUKI_CARD, "token label 'JUKI'"),
                ReaderFinding.unreadable("Reader D", "The card did not answer (SCARD_W_UNRESPONSIVE_CARD)"));
        console.printer = new PrinterReport("Kiosk_A4", false, PrinterReport.Problem.OUT_OF_PAPER,
                "queue Kiosk_A4: out-of-paper (printer-state 5, reasons media-empty-error)");
        robot.interact(kiosk.door::openScreen);
        StaffStage.await(() -> flat(texts(robot, "#staff-state")).contains("休止中です"));
        robot.clickOn("#staff-test-read");
        StaffStage.await(() -> flat(texts(robot, "#staff-doctor")).contains("ReaderD:カードを読み取れませんでした"));
        robot.clickOn("#staff-printer-check");
        StaffStage.await(() -> flat(texts(robot, "#staff-printer")).contains("印刷できません:用紙切れ"));

        List<String> words = texts(robot, "#staff-screen").stream()
                .filter(text -> !text.strip().startsWith("詳細:")).toList(); // the technical detail, for the vendor
        assertThat(flat(words)).contains("プリンター:異常があります", "操作がなく終了しました", "住基カードです",
                "最後の画面:暗証番号を入力してください");
        for (String text : words) {
            assertThat(text).as("an enum constant's name").doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
            assertThat(text).as("a record's toString").doesNotContainPattern("\\w+\\[\\w+=");
            assertThat(text).as("an id the kiosk uses").doesNotContain("pin-entry", "timed-out", "KioskConfig[");
        }
        for (EndReason reason : EndReason.values()) {
            assertThat(String.join("\n", words)).doesNotContain(reason.name());
        }
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(kiosk.door::openScreen);
        StaffStage.await(() -> flat(texts(robot, "#staff-state")).contains("利用できます"));
    }

    private static boolean identityShown(FxRobot robot) {
        String shown = flat(texts(robot, "#staff-screen"));
        return shown.contains(FixedConsole.IDENTITY.serial()) || shown.contains(FixedConsole.IDENTITY.sha256())
                || shown.contains(flat(List.of(FixedConsole.IDENTITY.subject())));
    }

    private static Node lastLineOfFindings(FxRobot robot) {
        List<Node> lines = List.copyOf(robot.lookup("#staff-doctor .staff-line").queryAll());
        return lines.get(lines.size() - 1);
    }

    private static void assertOnScreen(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        Bounds bounds = StaffStage.onFx(() -> node.localToScene(node.getLayoutBounds()));
        assertThat(StaffStage.shown(node)).as(query + " visible").isTrue();
        assertThat(bounds.getMinX()).as(query).isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMinY()).as(query).isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxX()).as(query).isLessThanOrEqualTo(1920);
        assertThat(bounds.getMaxY()).as(query).isLessThanOrEqualTo(1080);
    }

    private static boolean insideViewport(FxRobot robot, ScrollPane scroll, Node node) {
        return StaffStage.onFx(() -> {
            Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            Bounds line = node.localToScene(node.getLayoutBounds());
            return line.getMinY() >= viewport.getMinY() && line.getMaxY() <= viewport.getMaxY();
        });
    }

    static String flat(List<String> texts) {
        return String.join("", texts).replaceAll("\\s+", "");
    }
}
