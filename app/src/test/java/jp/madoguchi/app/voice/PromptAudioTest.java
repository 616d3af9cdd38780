package jp.madoguchi.app.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.card.testsupport.SystemParts;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.ui.gallery.StepGallery;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.voice.Utterance;
import jp.madoguchi.ui.voice.VoicePrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every screen's prompt, in every language, rendered by the real engines to WAV files under
 * {@code target/voice-prompts/<language>/} (listen to them there): each is a readable 16-bit WAV of plausible length
 * with sound in it. Tagalog is rendered as the guide speaks it, in English.
 */
@ExtendWith(PromptAudioTest.EnginesInstalled.class)
public class PromptAudioTest {
    private static final Path OUT = Path.of("target", "voice-prompts");
    private static final SoundSpeaker SPEAKER = new SoundSpeaker(VoiceOutput.engines());

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyScreenRendersToSpeech(KioskLanguage language) throws IOException {
        KioskLanguage spoken = SPEAKER.speaks(language) ? language : KioskLanguage.ENGLISH;
        VoicePrompts prompts = new VoicePrompts();
        Map<String, Utterance> screens = new LinkedHashMap<>();
        StepGallery.shots(new Language(language.tag())).forEach(shot -> screens.put(shot.name(),
                prompts.forSnapshot(shot.snapshot(), spoken)));
        screens.put("voice-on", prompts.phrase(spoken, "voice-on"));
        Path dir = Files.createDirectories(OUT.resolve(language.tag()));

        for (Map.Entry<String, Utterance> screen : screens.entrySet()) {
            byte[] wav;
            try {
                wav = SPEAKER.render(screen.getValue());
            } catch (SpeechFailed e) {
                throw new AssertionError(screen.getKey() + " in " + language.tag() + ": " + e.getMessage()
                        + "; said: " + screen.getValue().text(), e);
            }
            Files.write(dir.resolve(screen.getKey() + ".wav"), wav);

            double seconds = Wav.seconds(wav);
            assertThat(seconds).as(screen.getKey() + " in " + language.tag()).isBetween(0.8, 180.0);
            assertThat(loudness(wav)).as(screen.getKey() + " has sound in it").isGreaterThan(200);
        }
    }

    @Test
    void onlyTagalogLacksAVoiceOfItsOwn() {
        EnumSet<KioskLanguage> voiceless = EnumSet.noneOf(KioskLanguage.class);
        for (KioskLanguage language : KioskLanguage.values()) {
            if (!SPEAKER.speaks(language)) {
                voiceless.add(language);
            }
        }

        assertThat(voiceless).containsExactly(KioskLanguage.TAGALOG);
    }

    @Test
    void aStreamedHeaderGetsItsTrueLengths() {
        Utterance hello = new Utterance(KioskLanguage.ENGLISH, "Hello.");
        byte[] wav = SPEAKER.render(hello);

        assertThat(Wav.seconds(wav)).as("espeak-ng streams its header; fixed").isBetween(0.2, 5.0);
    }

    /** Root mean square of the 16-bit samples. */
    private static double loudness(byte[] wav) {
        double sum = 0;
        int samples = 0;
        for (int i = 44; i + 1 < wav.length; i += 2) {
            int sample = (short) ((wav[i + 1] << 8) | (wav[i] & 0xff));
            sum += (double) sample * sample;
            samples++;
        }
        return Math.sqrt(sum / Math.max(1, samples));
    }

    /** The engines are parts of the machine like pcscd: missing is a skip, or under CI=true a failure. */
    public static final class EnginesInstalled implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            List<String> missing = VoiceOutput.probe().stream().filter(found -> found.engine().isEmpty())
                    .map(Installed::detail).toList();
            return SystemParts.require("the speech engines", missing.isEmpty() ? Optional.empty()
                    : Optional.of(String.join("; ", missing)));
        }
    }
}
