package jp.madoguchi.app.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.ui.voice.Speaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the speech engines installed on this machine. Voice guidance is an aid, not something a certificate needs:
 * with no engine the kiosk serves as before and says why in the log and in {@code doctor}, and it never goes out of
 * service for it.
 */
public final class VoiceOutput {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceOutput.class);

    private VoiceOutput() {}

    public static List<Installed<? extends SpeechEngine>> probe() {
        return List.of(OpenJTalk.installed(), EspeakNg.installed());
    }

    /** The kiosk's speaker over the engines found; empty (logged) when there is none. */
    public static Optional<Speaker> speaker() {
        List<SpeechEngine> engines = engines();
        return engines.isEmpty() ? Optional.empty() : Optional.of(new SoundSpeaker(engines));
    }

    /** The engines found, logged once at start. */
    public static List<SpeechEngine> engines() {
        List<SpeechEngine> found = new ArrayList<>();
        for (Installed<? extends SpeechEngine> installed : probe()) {
            installed.engine().ifPresentOrElse(found::add,
                    () -> LOG.warn("Voice guidance: {}", installed.detail()));
        }
        LOG.info("Voice guidance: {}", found.isEmpty() ? "no speech engine installed"
                : String.join(", ", found.stream().map(SpeechEngine::name).toList()));
        return found;
    }
}
