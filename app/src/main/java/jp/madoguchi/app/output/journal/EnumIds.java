package jp.madoguchi.app.output.journal;

import java.util.Locale;
import jp.madoguchi.issuance.Identified;

/** Enums without an id of their own stored as lower-case words ({@code CARD_CHECK} is {@code card-check}). */
final class EnumIds {
    private EnumIds() {}

    static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        return value instanceof Identified identified ? identified.id()
                : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String stored) {
        if (stored == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (stored.equals(of(constant))) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + stored + "'");
    }
}
