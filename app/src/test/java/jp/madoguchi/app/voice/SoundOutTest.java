package jp.madoguchi.app.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The sample arithmetic and the WAV checks, on bytes built here. */
class SoundOutTest {
    @Test
    void theVolumeScalesEverySampleAndKeepsItsSign() {
        byte[] pcm = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 10000)
                .putShort((short) -10000).putShort(Short.MIN_VALUE).array();

        SoundOut.scale(pcm, pcm.length, 40, false);

        ByteBuffer scaled = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(scaled.getShort()).isEqualTo((short) 4000);
        assertThat(scaled.getShort()).isEqualTo((short) -4000);
        assertThat(scaled.getShort()).isEqualTo((short) (Short.MIN_VALUE * 40 / 100));
    }

    @Test
    void aStreamedHeaderIsGivenTheLengthsTheBytesHave() {
        byte[] wav = wav(11025, 0x7ffff000);

        byte[] fixed = Wav.withTrueLengths(wav);

        ByteBuffer header = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(4)).isEqualTo(fixed.length - 8);
        assertThat(header.getInt(40)).isEqualTo(fixed.length - 44);
        assertThat(Wav.seconds(fixed)).isEqualTo(0.5);
    }

    @Test
    void somethingThatIsNotAWavIsRefusedWithTheEngineNamed() {
        assertThatThrownBy(() -> Wav.check("espeak-ng", "not audio".getBytes()))
                .isInstanceOf(SpeechFailed.class).hasMessageStartingWith("espeak-ng did not write a WAV file");
        assertThatThrownBy(() -> Wav.check("open_jtalk", wav(100, 200)))
                .isInstanceOf(SpeechFailed.class).hasMessage("open_jtalk wrote less than 0.1 s of audio");
    }

    /** A mono 16-bit 22,050 Hz WAV of {@code frames} silent frames, its data length declared as {@code declared}. */
    private static byte[] wav(int frames, int declared) {
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(declared + 36).put("WAVEfmt ".getBytes()).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(22050).putInt(44100).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(declared);
        return b.array();
    }
}
