/**
 * Voice guidance: what the kiosk says on each screen, in the resident's language ({@link
 * jp.madoguchi.ui.voice.VoicePrompts}, bundles {@code prompts_*.properties} beside the screen's own), and the
 * {@link jp.madoguchi.ui.voice.VoiceGuide} that follows the visit's snapshots and hands each new prompt to a {@link
 * jp.madoguchi.ui.voice.Speaker}, with the keys that start, stop, repeat and set the volume. The speech engines
 * and the sound output are adapters in the app module; see docs/kiosk.md, "Voice guidance".
 */
package jp.madoguchi.ui.voice;
