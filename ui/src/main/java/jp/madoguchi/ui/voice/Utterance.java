package jp.madoguchi.ui.voice;

import java.util.Objects;
import jp.madoguchi.ui.i18n.KioskLanguage;

/** One thing to say, and the language to say it in. Built from screen texts only: never a name, PIN or number. */
public record Utterance(KioskLanguage language, String text) {
    public Utterance {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("nothing to say");
        }
    }
}
