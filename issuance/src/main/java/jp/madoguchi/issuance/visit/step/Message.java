package jp.madoguchi.issuance.visit.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A text for the UI to translate: a bundle key and its positional MessageFormat arguments. Arguments are
 * numbers, dates and ids only, so a message can be logged without leaking anything personal.
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof Number || arg instanceof LocalDate || arg instanceof String)) {
                throw new IllegalArgumentException("message arguments are numbers, dates or ids, got " + arg);
            }
        }
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
