/**
 * The voice guidance's adapters: the speech engines Debian ships ({@link jp.madoguchi.app.voice.OpenJTalk} for
 * Japanese and やさしい日本語, {@link jp.madoguchi.app.voice.EspeakNg} for the other languages), run as processes
 * without a shell and read back as WAV on a pipe, and the {@link jp.madoguchi.app.voice.SoundSpeaker} that renders
 * and plays each utterance through the JDK's sound output. See docs/kiosk.md, "Voice guidance".
 */
package jp.madoguchi.app.voice;
