package jp.madoguchi.app.output.payment.socket;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The device faults the protocol names. Anything else a daemon sends is read as {@code other}, so an unexpected id
 * still takes the kiosk out of service instead of being mistaken for a healthy device.
 */
public final class Faults {
    public static final Set<String> KNOWN = Set.of("jam", "out-of-change", "door-open", "other");
    /** Longest fault text kept: it goes into the log and the status file, never a whole line of the peer's. */
    private static final int TEXT = 200;

    private Faults() {}

    /** {@code jam}, or {@code other: coin path blocked} when the daemon explains it. */
    static String describe(JsonNode message) {
        String fault = Wire.text(message, "fault");
        String kind = fault != null && KNOWN.contains(fault) ? fault : "other";
        String text = Wire.text(message, "text");
        if (text == null || text.isBlank()) {
            return fault != null && !KNOWN.contains(fault) ? "other: " + clip(fault) : kind;
        }
        return kind + ": " + clip(text);
    }

    /** The id of a description made by {@link #describe}. */
    static String kind(String description) {
        int colon = description.indexOf(':');
        return colon < 0 ? description : description.substring(0, colon);
    }

    private static String clip(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", " ");
        return printable.length() <= TEXT ? printable : printable.substring(0, TEXT) + "…";
    }
}
