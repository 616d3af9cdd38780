package jp.madoguchi.app.voice;

/** A speech engine did not produce audio: it is missing, failed, timed out or wrote something that is not a WAV. */
public final class SpeechFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpeechFailed(String message) {
        super(message);
    }
}
