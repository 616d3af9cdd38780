package jp.madoguchi.ui.voice;

/**
 * Says utterances aloud. Calls return at once and come from one thread (the guide's); a new {@link #say} cuts off
 * whatever is still being said, as a resident who pressed on wants to hear the new screen, not the end of the old.
 */
public interface Speaker {
    /** Whether this speaker has a voice for {@code language}; the guide falls back to English when not. */
    boolean speaks(jp.madoguchi.ui.i18n.KioskLanguage language);

    void say(Utterance utterance, int volumePercent);

    /** Stops at once; nothing queued is said afterwards. */
    void stop();
}
