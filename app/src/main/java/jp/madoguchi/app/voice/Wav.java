package jp.madoguchi.app.voice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** What the guidance accepts from an engine: a WAV the JDK can read, 16-bit PCM, with at least some sound in it. */
final class Wav {
    private Wav() {}

    static byte[] check(String engine, byte[] streamed) {
        byte[] wav = withTrueLengths(streamed);
        try (AudioInputStream audio = open(wav)) {
            AudioFormat format = audio.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16) {
                throw new SpeechFailed(engine + " wrote " + format + ", not 16-bit PCM");
            }
            if (audio.getFrameLength() < format.getFrameRate() / 10) {
                throw new SpeechFailed(engine + " wrote less than 0.1 s of audio");
            }
            return wav;
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new SpeechFailed(engine + " did not write a WAV file: " + e.getMessage());
        }
    }

    /**
     * espeak-ng writing to a pipe cannot seek back, so its header says "as long as can be" (0x7ffff000 bytes); the
     * JDK then reports a length of minutes. A canonical 44-byte header gets the lengths the bytes really have.
     */
    static byte[] withTrueLengths(byte[] wav) {
        if (wav.length < 44 || !ascii(wav, 0, "RIFF") || !ascii(wav, 8, "WAVE") || !ascii(wav, 36, "data")) {
            return wav;
        }
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int data = wav.length - 44;
        if (Integer.toUnsignedLong(header.getInt(40)) <= data) {
            return wav;
        }
        byte[] fixed = wav.clone();
        ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN).putInt(4, wav.length - 8).putInt(40, data);
        return fixed;
    }

    private static boolean ascii(byte[] bytes, int at, String word) {
        return new String(bytes, at, word.length(), StandardCharsets.US_ASCII).equals(word);
    }

    /** One WAV of {@code parts} in order, all in the format of the first (one engine's output). */
    static byte[] join(String engine, List<byte[]> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        try {
            AudioFormat format = null;
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                try (AudioInputStream audio = open(part)) {
                    if (format != null && !format.matches(audio.getFormat())) {
                        throw new SpeechFailed(engine + " wrote parts in different formats");
                    }
                    format = audio.getFormat();
                    audio.transferTo(pcm);
                }
            }
            byte[] samples = pcm.toByteArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(samples), format,
                    samples.length / format.getFrameSize()), AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new SpeechFailed(engine + "'s parts could not be joined: " + e.getMessage());
        }
    }

    static AudioInputStream open(byte[] wav) throws IOException, UnsupportedAudioFileException {
        return AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav));
    }

    /** Seconds of audio, for logs and the render tests. */
    static double seconds(byte[] wav) {
        try (AudioInputStream audio = open(wav)) {
            return audio.getFrameLength() / audio.getFormat().getFrameRate();
        } catch (IOException | UnsupportedAudioFileException e) {
            return 0;
        }
    }
}
