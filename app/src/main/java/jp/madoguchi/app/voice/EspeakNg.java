package jp.madoguchi.app.voice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.voice.Utterance;

/**
 * The kiosk's other languages through espeak-ng, Debian's multilingual synthesiser. Both Chinese bundles are read by
 * its Mandarin voice, which knows traditional characters as well. espeak-ng 1.51 has no Tagalog voice, so Tagalog is
 * not listed: the guide speaks English to a Tagalog visit (English is an official language of the Philippines), and
 * Japanese is left to Open JTalk, whose reading of kanji espeak-ng cannot match.
 */
public final class EspeakNg implements SpeechEngine {
    static final Path PROGRAM = Path.of("/usr/bin/espeak-ng");
    static final Map<KioskLanguage, String> VOICES = Map.of(
            KioskLanguage.ENGLISH, "en-us",
            KioskLanguage.SIMPLIFIED_CHINESE, "cmn",
            KioskLanguage.TRADITIONAL_CHINESE, "cmn",
            KioskLanguage.KOREAN, "ko",
            KioskLanguage.SPANISH, "es",
            KioskLanguage.PORTUGUESE, "pt-br",
            KioskLanguage.VIETNAMESE, "vi",
            KioskLanguage.THAI, "th",
            KioskLanguage.INDONESIAN, "id",
            KioskLanguage.NEPALI, "ne");

    private EspeakNg() {}

    public static Installed<EspeakNg> installed() {
        return Files.isExecutable(PROGRAM) ? new Installed<>(Optional.of(new EspeakNg()), "espeak-ng")
                : new Installed<>(Optional.empty(), "espeak-ng: " + PROGRAM + " is not installed");
    }

    @Override
    public String name() {
        return "espeak-ng";
    }

    @Override
    public boolean speaks(KioskLanguage language) {
        return VOICES.containsKey(language);
    }

    @Override
    public byte[] wav(Utterance utterance) {
        String voice = VOICES.get(utterance.language());
        if (voice == null) {
            throw new SpeechFailed("espeak-ng has no voice for " + utterance.language().tag());
        }
        // -s 150: a little slower than the default 175 words a minute; -b 1: the text is UTF-8.
        return EngineProcess.run(name(), List.of(PROGRAM.toString(), "-v", voice, "-s", "150", "-b", "1",
                "--stdin", "--stdout"), utterance.text());
    }
}
