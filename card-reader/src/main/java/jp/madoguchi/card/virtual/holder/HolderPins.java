package jp.madoguchi.card.virtual.holder;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.card.pin.Pin;
import jp.madoguchi.card.pin.PinKind;

/**
 * The PINs a fixture holder set at the counter, as ASCII bytes. These are published test values (see
 * {@link Holders}), yet they are still never printed: {@link #toString()} names the kinds only, so a holder
 * logged by accident leaks nothing a real deployment would care about by habit.
 */
public final class HolderPins {
    private final Map<PinKind, byte[]> ascii;

    private HolderPins(Map<PinKind, byte[]> ascii) {
        this.ascii = ascii;
    }

    /**
     * @param sign the signature password, or null when the holder has none (under 15: no signature
     *             certificate is issued, so no password was ever set)
     * @throws IllegalArgumentException when a value does not fit its kind's format
     */
    public static HolderPins of(String auth, String kenhojo, String sign) {
        Map<PinKind, byte[]> map = new EnumMap<>(PinKind.class);
        put(map, PinKind.AUTH, auth);
        put(map, PinKind.KENHOJO, kenhojo);
        if (sign != null) {
            put(map, PinKind.SIGN, sign);
        }
        return new HolderPins(map);
    }

    private static void put(Map<PinKind, byte[]> map, PinKind kind, String value) {
        if (Pin.check(kind, value.toCharArray()).isPresent()) {
            throw new IllegalArgumentException("Fixture " + kind.id() + " PIN does not fit its format");
        }
        map.put(kind, value.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean has(PinKind kind) {
        return ascii.containsKey(kind);
    }

    /** A copy of the PIN's ASCII bytes, as sent in VERIFY; empty when the holder has no such PIN. */
    public Optional<byte[]> ascii(PinKind kind) {
        return Optional.ofNullable(ascii.get(kind)).map(byte[]::clone);
    }

    /** The PIN as typed on the PIN pad, for {@link Pin#of}; the caller owns (and wipes) the array. */
    public char[] chars(PinKind kind) {
        byte[] value = ascii.get(kind);
        if (value == null) {
            throw new IllegalStateException("This holder has no " + kind.id() + " PIN");
        }
        char[] out = new char[value.length];
        for (int i = 0; i < value.length; i++) {
            out[i] = (char) value[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "HolderPins" + ascii.keySet();
    }
}
