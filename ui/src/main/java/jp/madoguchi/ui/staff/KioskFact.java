package jp.madoguchi.ui.staff;

import java.util.Objects;
import jp.madoguchi.issuance.visit.step.Message;

/**
 * One line of what this kiosk is configured to do: a label key and its value as a message (a word from the bundles,
 * or a name, path or address as it is). Never a secret.
 */
public record KioskFact(String labelKey, Message value) {
    /** The key of a value shown as it is written (a queue name, a path, a URL). */
    public static final String AS_WRITTEN = "staff.value.text";

    public KioskFact {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(value, "value");
    }

    public static KioskFact word(String labelKey, String valueKey, Object... args) {
        return new KioskFact(labelKey, Message.of(valueKey, args));
    }

    public static KioskFact asWritten(String labelKey, String value) {
        return new KioskFact(labelKey, Message.of(AS_WRITTEN, value));
    }
}
