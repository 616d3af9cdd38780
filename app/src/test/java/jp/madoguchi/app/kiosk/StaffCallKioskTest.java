package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.app.kiosk.staff.StaffCallSettings;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The call-staff key on a whole kiosk configured with a notice and a lamp command: the reader lost mid-visit, the
 * resident calls, the command runs, the notice shows on the resident screen and the call on the staff screen, and
 * staff answering it runs the other command and takes the notice away. Without {@code callStaff} there is no key.
 */
class StaffCallKioskTest extends KioskWindowTest {

    @Test
    void theCallKeyRunsTheLampCommandShowsTheCallAndStaffAnswerItOnTheStaffScreen(FxRobot robot) throws Exception {
        Path[] lamp = new Path[1];
        kiosk = KioskHarness.open(robot, (config, data) -> {
            lamp[0] = data.resolve("lamp-on");
            return config.withStaffCall(new StaffCallSettings(true, List.of("/usr/bin/touch", lamp[0].toString()),
                    List.of("/bin/rm", lamp[0].toString())));
        });
        assertThat(kiosk.visible("#staff-call-notice")).isFalse();
        robot.clickOn("#service-certificates");
        kiosk.await("place-card");
        kiosk.reader.controls().removeReader(VirtualReader.READER_NAME); // unplugged mid-visit
        kiosk.await("aborted");
        assertThat(KioskHarness.flat(kiosk.text("step-title"))).isEqualTo(
                KioskHarness.flat(japanese.tr("abort.readerUnavailable.title")));

        kiosk.tap("call-staff");
        kiosk.awaitTrue(() -> Files.exists(lamp[0]));
        kiosk.awaitTrue(() -> kiosk.visible("#staff-called") && kiosk.visible("#staff-call-notice"));
        assertThat(kiosk.visible("#call-staff")).as("one call is enough").isFalse();

        kiosk.openStaffScreen();
        kiosk.awaitTrue(() -> KioskHarness.flat(calls(robot)).contains("「カード読み取り機が使えません」の画面からの呼び出し"));
        kiosk.awaitTrue(() -> KioskHarness.flat(calls(robot)).contains("ランプ・ブザーなどに合図を送りました"));
        robot.clickOn("#staff-call-answer");
        kiosk.awaitTrue(() -> !Files.exists(lamp[0]));
        kiosk.awaitTrue(() -> KioskHarness.flat(calls(robot)).contains("呼び出しはありません"));
        robot.clickOn("#staff-back");
        kiosk.awaitTrue(() -> !kiosk.visible("#staff-call-notice"));
    }

    @Test
    void withoutCallStaffConfiguredTheScreenSaysToTellStaffNearbyAndHasNoKey(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        robot.clickOn("#service-certificates");
        kiosk.await("place-card");
        kiosk.reader.controls().removeReader(VirtualReader.READER_NAME);
        kiosk.await("aborted");

        assertThat(kiosk.visible("#staff-help")).isTrue();
        assertThat(kiosk.visible("#call-staff")).isFalse();
        assertThat(KioskHarness.flat(String.join("", kiosk.onFx(() -> robot.lookup("#staff-help .label")
                .queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()))))
                .contains(KioskHarness.flat(japanese.tr("staffHelp.nearby")));
    }

    private String calls(FxRobot robot) {
        return String.join("", kiosk.onFx(() -> robot.lookup("#staff-calls .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()));
    }
}
