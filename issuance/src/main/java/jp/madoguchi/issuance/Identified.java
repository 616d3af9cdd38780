package jp.madoguchi.issuance;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A domain enum spelled in files and JSON by a stable lower-case id (e.g. {@code koseki-zenbu}) rather than by its
 * Java constant name, so operators never see Java naming and constants can be renamed freely.
 */
public interface Identified {
    String id();

    static <E extends Enum<E> & Identified> Optional<E> byId(Class<E> type, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The ids of all constants, comma separated, for error messages that list the valid choices. */
    static <E extends Enum<E> & Identified> String idList(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.joining(", "));
    }
}
