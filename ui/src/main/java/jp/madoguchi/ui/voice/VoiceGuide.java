package jp.madoguchi.ui.voice;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the visit and says each new screen's prompt while guidance is on. It starts off (a store is no place for
 * a kiosk that talks to everyone passing) unless the kiosk is set to always speak, and any voice key turns it on;
 * when a visit ends it returns to how it started, so the next resident is not spoken to unasked. The same prompt
 * is never said twice unasked: a countdown or progress redraw that says the same words stays quiet. All work runs
 * on the guide's own thread, in order; snapshots and keys only queue.
 */
public final class VoiceGuide implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceGuide.class);
    static final int MIN_VOLUME = 20;
    static final int MAX_VOLUME = 100;
    static final int STEP = 20;

    private final Speaker speaker;
    private final VoicePrompts prompts = new VoicePrompts();
    private final boolean alwaysOn;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "voice-guide");
        t.setDaemon(true);
        return t;
    });
    private boolean on;
    private int volume = 60;
    private Optional<VisitSnapshot> shown = Optional.empty();
    private Optional<Utterance> said = Optional.empty();

    public VoiceGuide(Speaker speaker, boolean alwaysOn) {
        this.speaker = speaker;
        this.alwaysOn = alwaysOn;
        this.on = alwaysOn;
    }

    /** From any thread: the visit's latest snapshot. */
    public void follow(VisitSnapshot snapshot) {
        run(() -> {
            boolean visitEnded = shown.flatMap(VisitSnapshot::visit).isPresent() && snapshot.visit().isEmpty();
            shown = Optional.of(snapshot);
            if (visitEnded && !alwaysOn && on) {
                on = false;
                speaker.stop();
            }
            Utterance now = prompts.forSnapshot(snapshot, spoken(snapshot));
            if (on && !said.equals(Optional.of(now))) {
                say(now);
            }
        });
    }

    /** The voice key: turns guidance on (and says the screen), or off at once. */
    public void toggle() {
        run(() -> {
            if (on) {
                on = false;
                said = Optional.empty();
                speaker.stop();
            } else {
                turnOn();
            }
        });
    }

    /** Says the current screen again; turns guidance on first when it is off. */
    public void repeat() {
        run(() -> {
            if (!on) {
                turnOn();
            } else {
                current().ifPresent(this::say);
            }
        });
    }

    public void louder() {
        changeVolume(STEP);
    }

    public void softer() {
        changeVolume(-STEP);
    }

    private void changeVolume(int by) {
        run(() -> {
            volume = Math.max(MIN_VOLUME, Math.min(MAX_VOLUME, volume + by));
            on = true;
            say(prompts.phrase(language(), "volume", volume / STEP));
        });
    }

    private void turnOn() {
        on = true;
        Utterance start = prompts.phrase(language(), "voice-on");
        Optional<Utterance> screen = current();
        say(screen.map(now -> new Utterance(now.language(), start.text() + " " + now.text())).orElse(start));
        said = screen;
    }

    private Optional<Utterance> current() {
        return shown.map(snapshot -> prompts.forSnapshot(snapshot, spoken(snapshot)));
    }

    private KioskLanguage language() {
        return shown.map(this::spoken).orElse(KioskLanguage.defaultLanguage());
    }

    /** The visit's language, or English where the speaker has no voice for it (docs/kiosk.md, Voice guidance). */
    private KioskLanguage spoken(VisitSnapshot snapshot) {
        KioskLanguage language = KioskLanguage.forTag(snapshot.language().tag())
                .orElse(KioskLanguage.defaultLanguage());
        return speaker.speaks(language) ? language : KioskLanguage.ENGLISH;
    }

    private void say(Utterance utterance) {
        said = Optional.of(utterance);
        speaker.say(utterance, volume);
    }

    private void run(Runnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Voice guidance failed: {}", e.toString());
            }
        });
    }

    /** Waits for what is queued: for tests and an orderly close. */
    void drain() throws Exception {
        thread.submit(() -> { }).get();
    }

    @Override
    public void close() {
        thread.shutdownNow();
        speaker.stop();
    }
}
