package jp.madoguchi.app.voice;

import java.util.Optional;

/** An engine found on this machine, or why not: what {@code doctor} and the start-up log say. */
public record Installed<E extends SpeechEngine>(Optional<E> engine, String detail) {}
