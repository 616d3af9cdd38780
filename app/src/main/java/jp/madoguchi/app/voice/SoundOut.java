package jp.madoguchi.app.voice;

import java.io.IOException;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Plays a WAV through the JDK's default sound output (ALSA on Debian), at a volume set on the samples themselves:
 * a mixer's gain control is not offered by every card, and the kiosk must not change the machine's master volume.
 * Playback stops within one short chunk once {@code stopped} says so.
 */
final class SoundOut {
    private static final int CHUNK_FRAMES = 2048;

    private SoundOut() {}

    /** Plays {@code wav} to the end or until {@code stopped}; throws when there is no sound output to play on. */
    static void play(byte[] wav, int volumePercent, BooleanSupplier stopped) throws LineUnavailableException {
        try (AudioInputStream audio = Wav.open(wav)) {
            AudioFormat format = audio.getFormat();
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format);
                line.start();
                byte[] chunk = new byte[CHUNK_FRAMES * format.getFrameSize()];
                int read;
                while (!stopped.getAsBoolean() && (read = audio.read(chunk)) > 0) {
                    scale(chunk, read, volumePercent, format.isBigEndian());
                    line.write(chunk, 0, read);
                }
                if (stopped.getAsBoolean()) {
                    line.flush();
                } else {
                    line.drain();
                }
            }
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new SpeechFailed("the rendered audio could not be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new LineUnavailableException("no sound output for this audio: " + e.getMessage());
        }
    }

    /** 16-bit samples times {@code percent} / 100. */
    static void scale(byte[] pcm, int length, int percent, boolean bigEndian) {
        for (int i = 0; i + 1 < length; i += 2) {
            int hi = bigEndian ? i : i + 1;
            int lo = bigEndian ? i + 1 : i;
            int sample = (short) ((pcm[hi] << 8) | (pcm[lo] & 0xff));
            int scaled = sample * percent / 100;
            pcm[hi] = (byte) (scaled >> 8);
            pcm[lo] = (byte) scaled;
        }
    }
}
