package jp.madoguchi.ui.voice;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.ui.i18n.KioskLanguage;

/** A speaker that keeps what it was asked to say, with a chosen set of voices, as the guide's tests need. */
final class RecordingSpeaker implements Speaker {
    record Said(Utterance utterance, int volume) {}

    final List<Said> said = new CopyOnWriteArrayList<>();
    int stops;
    private final Set<KioskLanguage> voices;

    RecordingSpeaker(Set<KioskLanguage> voices) {
        this.voices = voices;
    }

    @Override
    public boolean speaks(KioskLanguage language) {
        return voices.contains(language);
    }

    @Override
    public void say(Utterance utterance, int volumePercent) {
        said.add(new Said(utterance, volumePercent));
    }

    @Override
    public void stop() {
        stops++;
    }

    List<String> texts() {
        return said.stream().map(s -> s.utterance().text()).toList();
    }
}
