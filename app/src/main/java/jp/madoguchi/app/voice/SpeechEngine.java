package jp.madoguchi.app.voice;

import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.voice.Utterance;

/** Text to speech for some languages: an utterance in, a complete WAV file (RIFF, 16-bit PCM) out. */
public interface SpeechEngine {
    /** A short name for logs and {@code doctor}, e.g. {@code open_jtalk}. */
    String name();

    boolean speaks(KioskLanguage language);

    /** Renders {@code utterance}; throws {@link SpeechFailed} when the engine fails or answers nothing usable. */
    byte[] wav(Utterance utterance);
}
