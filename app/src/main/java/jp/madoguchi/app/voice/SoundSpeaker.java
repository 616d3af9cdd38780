package jp.madoguchi.app.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.LineUnavailableException;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.voice.Speaker;
import jp.madoguchi.ui.voice.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Speaker} over the installed engines and the sound output, on a thread of its own: rendering takes a few
 * hundred milliseconds and playing seconds, neither of which the guide or the visit may wait for. Each new utterance
 * supersedes the one before (a generation count), so a resident who presses on hears the new screen at once. The last
 * renders are kept in memory (never on disk): the same prompt is said again on repeat and for the next resident.
 */
public final class SoundSpeaker implements Speaker, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SoundSpeaker.class);
    private static final int CACHED = 64;

    private final List<SpeechEngine> engines;
    private final AtomicLong generation = new AtomicLong();
    private final Map<Utterance, byte[]> renders = new LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Utterance, byte[]> eldest) {
            return size() > CACHED;
        }
    };
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "voice-out");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean noSoundReported;

    public SoundSpeaker(List<SpeechEngine> engines) {
        this.engines = List.copyOf(engines);
    }

    @Override
    public boolean speaks(KioskLanguage language) {
        return engine(language).isPresent();
    }

    @Override
    public void say(Utterance utterance, int volumePercent) {
        long mine = generation.incrementAndGet();
        thread.execute(() -> {
            if (generation.get() != mine) {
                return; // superseded while queued
            }
            try {
                SoundOut.play(render(utterance), volumePercent, () -> generation.get() != mine);
            } catch (LineUnavailableException e) {
                if (!noSoundReported) {
                    noSoundReported = true;
                    LOG.warn("Voice guidance: no sound output ({}); prompts are rendered but not heard",
                            e.getMessage());
                }
            } catch (SpeechFailed e) {
                LOG.warn("Voice guidance: {}", e.getMessage());
            }
        });
    }

    @Override
    public void stop() {
        generation.incrementAndGet();
    }

    /** The WAV for {@code utterance}, rendered once. Runs on the speaker's thread (and in the render tests). */
    byte[] render(Utterance utterance) {
        byte[] cached = renders.get(utterance);
        if (cached != null) {
            return cached;
        }
        SpeechEngine engine = engine(utterance.language()).orElseThrow(() -> new SpeechFailed(
                "no engine speaks " + utterance.language().tag()));
        byte[] wav = engine.wav(utterance);
        renders.put(utterance, wav);
        return wav;
    }

    private Optional<SpeechEngine> engine(KioskLanguage language) {
        return engines.stream().filter(e -> e.speaks(language)).findFirst();
    }

    @Override
    public void close() {
        stop();
        thread.shutdownNow();
    }
}
