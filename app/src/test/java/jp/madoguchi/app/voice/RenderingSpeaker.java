package jp.madoguchi.app.voice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.voice.Speaker;
import jp.madoguchi.ui.voice.Utterance;

/**
 * The kiosk's speaker with the sound card replaced by a list: each utterance is rendered by the real engines, as
 * the kiosk would before playing it, and kept with its audio. For machines (CI) that have no sound output.
 */
public final class RenderingSpeaker implements Speaker {
    public record Said(Utterance utterance, int volume, double seconds) {}

    public final List<Said> said = new CopyOnWriteArrayList<>();
    private final SoundSpeaker engines = new SoundSpeaker(VoiceOutput.engines());

    @Override
    public boolean speaks(KioskLanguage language) {
        return engines.speaks(language);
    }

    @Override
    public synchronized void say(Utterance utterance, int volumePercent) {
        said.add(new Said(utterance, volumePercent, Wav.seconds(engines.render(utterance))));
    }

    @Override
    public void stop() {
        // nothing plays
    }

    public List<String> texts() {
        return said.stream().map(s -> s.utterance().text()).toList();
    }
}
