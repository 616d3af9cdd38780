package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.issuance.visit.port.EndReason;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The staff screen of a whole kiosk on the virtual card, the real reader service, doctor, spool printer and visit
 * runner: the test read of a card on the reader (title and keys on the 1080-px screen, the card's serial hidden until
 * asked), refresh, printer check and test print doing their work, plain words throughout, and the exit question.
 */
class StaffScreenKioskTest extends KioskWindowTest {
    private static final List<String> KEYS = List.of("#staff-title", "#staff-refresh", "#staff-test-read",
            "#staff-printer-check", "#staff-test-print", "#staff-rules-reload", "#staff-back", "#staff-exit");

    @Test
    void aTestReadOfTheCardOnTheReaderKeepsTitleAndKeysOnScreenAndItsSerialHiddenUntilAsked(FxRobot robot)
            throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.place("default"); // on the start screen: a card left behind, no visit under way
        String serial = kiosk.reader.controls().cardIn(VirtualReader.READER_NAME).orElseThrow().authCertificate()
                .getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        kiosk.openStaffScreen();

        robot.clickOn("#staff-test-read");
        kiosk.awaitTrue(() -> text("#staff-doctor").contains("マイナンバーカードを読み取りました"));
        assertThat(text("#staff-doctor")).contains("利用者証明用の暗証番号（数字4桁）:あと3回入力できます",
                "利用者証明用電子証明書:有効");
        KEYS.forEach(this::assertOnScreen);
        ScrollPane scroll = kiosk.onFx(() -> robot.lookup("#staff-scroll").queryAs(ScrollPane.class));
        assertThat(kiosk.onFx(() -> scroll.getContent().getLayoutBounds().getHeight()))
                .as("a card's findings are longer than the screen").isGreaterThan(
                        kiosk.onFx(() -> scroll.getViewportBounds().getHeight()));
        assertThat(text("#staff-screen")).as("the serial before asking").doesNotContain(serial);

        robot.clickOn("#staff-show-serials");
        kiosk.awaitTrue(() -> text("#staff-doctor").contains("シリアル番号:" + serial));
        robot.drag("#staff-scroll").dropBy(0, -400);
        KEYS.forEach(this::assertOnScreen);

        robot.clickOn("#staff-back");
        kiosk.awaitTrue(() -> !kiosk.visible("#staff-screen"));
        kiosk.openStaffScreen();
        assertThat(text("#staff-screen")).as("hidden again for whoever opens it next").doesNotContain(serial);
    }

    @Test
    void refreshPrinterCheckAndTestPrintWorkOnTheKioskAndSayWhatTheyFoundInWords(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot, 10, 1, 1); // a visit that times out, for the recent visits
        robot.clickOn("#service-certificates");
        kiosk.await("place-card");
        kiosk.awaitTrue(() -> kiosk.session.visits().current().step().id().equals("attract"));
        kiosk.openStaffScreen();
        kiosk.awaitTrue(() -> text("#staff-state").contains("利用できます"));
        assertThat(text("#staff-state")).contains(VirtualReader.READER_NAME.replace(" ", "") + ":カードなし");
        assertThat(text("#staff-visits")).contains("操作がなく終了しました最後の画面:マイナンバーカードを置いてください");

        kiosk.place("default");
        kiosk.awaitTrue(() -> kiosk.visible("#card-left")); // the reader service has seen the card
        robot.clickOn("#staff-refresh");
        kiosk.awaitTrue(() -> text("#staff-state").contains(VirtualReader.READER_NAME.replace(" ", "") + ":カードあり"));

        robot.clickOn("#staff-printer-check");
        kiosk.awaitTrue(() -> text("#staff-printer").contains("印刷できます"));
        assertThat(text("#staff-printer")).contains("印刷先:プリンター未設定（画面のプレビューだけ）");
        robot.clickOn("#staff-test-print");
        kiosk.awaitTrue(() -> text("#staff-printer").contains("テストページを1枚印刷しました"));
        assertThat(text("#staff-printer")).contains("詳細:TESTPAGE-");
        try (Stream<Path> left = Files.walk(kiosk.data.resolve("spool"))) {
            assertThat(left.filter(Files::isRegularFile)).as("the test page's spool is gone, as a visit's").isEmpty();
        }
        robot.clickOn("#staff-rules-reload");
        kiosk.awaitTrue(() -> text("#staff-rules").contains("ルールの確認:問題なし"));

        List<String> words = texts("#staff-screen").stream().filter(t -> !t.strip().startsWith("詳細:")).toList();
        assertThat(words).allSatisfy(shown -> {
            assertThat(shown).doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z]+)+\\b").doesNotContainPattern("\\w+\\[\\w+=")
                    .doesNotContain("KioskConfig", "timed-out", "place-card");
        });
        assertThat(String.join("\n", words)).doesNotContain(EndReason.TIMED_OUT.name());
    }

    @Test
    void aTestReadWhileAResidentsVisitRunsIsRefusedInWords(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        robot.clickOn("#service-certificates");
        kiosk.await("place-card");
        kiosk.openStaffScreen();

        robot.clickOn("#staff-test-read");
        kiosk.awaitTrue(() -> text("#staff-doctor").contains("利用者の手続き中はできません"));
        robot.clickOn("#staff-test-print");
        kiosk.awaitTrue(() -> text("#staff-printer").contains("利用者の手続き中はできません"));
    }

    @Test
    void exitingAsksFirstAndOnlyTheConfirmationEndsTheKiosk(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.openStaffScreen();

        robot.clickOn("#staff-exit");
        kiosk.awaitTrue(() -> kiosk.visible("#staff-exit-confirmation"));
        robot.clickOn("#staff-exit-cancel");
        kiosk.awaitTrue(() -> !kiosk.visible("#staff-exit-confirmation"));
        assertThat(kiosk.exited.getCount()).as("cancel keeps the kiosk running").isOne();
        assertThat(kiosk.visible("#staff-screen")).isTrue();

        robot.clickOn("#staff-exit");
        kiosk.awaitTrue(() -> kiosk.visible("#staff-exit-confirmation"));
        robot.clickOn("#staff-exit-confirm");
        kiosk.awaitTrue(() -> kiosk.exited.getCount() == 0);
    }

    private void assertOnScreen(String query) {
        Bounds bounds = kiosk.onFx(() -> {
            Node node = kiosk.robot.lookup(query).query();
            return node.localToScene(node.getLayoutBounds());
        });
        assertThat(kiosk.visible(query)).as(query).isTrue();
        assertThat(bounds.getMinY()).as(query).isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxY()).as(query).isLessThanOrEqualTo(1080);
        assertThat(bounds.getMinX()).as(query).isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxX()).as(query).isLessThanOrEqualTo(1920);
    }

    /** The texts under {@code query} without the line breaks and spaces the labels insert. */
    private String text(String query) {
        return String.join("", texts(query)).replaceAll("\\s+", "");
    }

    private List<String> texts(String query) {
        return kiosk.onFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(kiosk.robot.lookup(query).query(), texts);
            return texts;
        });
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), texts);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
