package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import jp.madoguchi.app.voice.PromptAudioTest;
import jp.madoguchi.app.voice.RenderingSpeaker;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.voice.VoicePrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * The whole kiosk with voice guidance on the real speech engines: the keypad's voice key starts it on the start
 * screen, and from then on every screen of the visit is said as it comes, rendered to audio.
 */
@ExtendWith(PromptAudioTest.EnginesInstalled.class)
class KioskVoiceTest extends KioskWindowTest {

    @Test
    void theVoiceKeyStartsGuidanceAndEachScreenOfTheVisitIsSaid(FxRobot robot) throws Exception {
        RenderingSpeaker speaker = new RenderingSpeaker();
        kiosk = KioskHarness.open(robot, speaker);
        VoicePrompts prompts = new VoicePrompts();
        assertThat(speaker.said).as("quiet until asked").isEmpty();

        robot.type(KeyCode.DIVIDE);
        kiosk.awaitTrue(() -> speaker.said.size() == 1);
        assertThat(speaker.texts().get(0)).startsWith(prompts.phrase(KioskLanguage.JAPANESE, "voice-on").text())
                .contains("証明書の交付");

        kiosk.toPinEntry("default");
        kiosk.awaitTrue(() -> speaker.texts().stream().anyMatch(text -> text.startsWith("利用者証明用の暗証番号")));

        assertThat(speaker.texts()).anyMatch(text -> text.startsWith("マイナンバーカードを、カード読み取り機に置いて"));
        assertThat(speaker.texts()).last().asString().contains("あと3回");
        assertThat(speaker.said).allSatisfy(said -> assertThat(said.seconds()).isGreaterThan(0.8));
        robot.type(KeyCode.ADD);
        kiosk.awaitTrue(() -> speaker.said.get(speaker.said.size() - 1).volume() == 80);
    }
}
