package jp.madoguchi.app.voice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.voice.Utterance;

/**
 * Japanese and やさしい日本語 through Open JTalk, with Debian's NAIST dictionary ({@code open-jtalk-mecab-naist-jdic})
 * and the NIT ATR503 voice ({@code hts-voice-nitech-jp-atr503-m001}, in contrib). Spoken a little slower than the
 * engine's default ({@code -r 0.9}): the guidance is for residents who cannot read the screen, many of them old.
 */
public final class OpenJTalk implements SpeechEngine {
    static final Path PROGRAM = Path.of("/usr/bin/open_jtalk");
    static final Path DICTIONARY = Path.of("/var/lib/mecab/dic/open-jtalk/naist-jdic");
    /** Characters per run, well below the length open_jtalk aborts on. */
    static final int MAX_SENTENCE = 150;
    static final Path VOICE = Path.of("/usr/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice");

    private OpenJTalk() {}

    /** The engine when the program, its dictionary and a voice are installed; else what is missing. */
    public static Installed<OpenJTalk> installed() {
        for (Path part : List.of(PROGRAM, DICTIONARY, VOICE)) {
            if (!Files.exists(part)) {
                return new Installed<>(Optional.empty(), "open_jtalk: " + part + " is not installed");
            }
        }
        return new Installed<>(Optional.of(new OpenJTalk()), "open_jtalk");
    }

    @Override
    public String name() {
        return "open_jtalk";
    }

    @Override
    public boolean speaks(KioskLanguage language) {
        return language == KioskLanguage.JAPANESE || language == KioskLanguage.EASY_JAPANESE;
    }

    /**
     * Sentence by sentence: open_jtalk 1.11 aborts on an input line of about 300 characters (the Help screen's
     * hotlines are longer), and given several lines it writes one WAV after another into the same output.
     */
    @Override
    public byte[] wav(Utterance utterance) {
        List<byte[]> parts = new ArrayList<>();
        for (String sentence : Sentences.of(utterance.text(), MAX_SENTENCE)) {
            parts.add(EngineProcess.run(name(), List.of(PROGRAM.toString(), "-x", DICTIONARY.toString(), "-m",
                    VOICE.toString(), "-r", "0.9", "-ow", "/dev/stdout"), sentence));
        }
        return Wav.join(name(), parts);
    }
}
