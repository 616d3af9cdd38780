package jp.madoguchi.card.pin;

import java.util.Arrays;
import java.util.Optional;

/**
 * A PIN in ASCII bytes, checked against its {@link PinKind}'s format on creation. The caller's {@code char[]}
 * is wiped by {@link #of}; this object's copy is wiped by {@link #close()}. It never prints its value.
 */
public final class Pin implements AutoCloseable {
    private final PinKind kind;
    private final byte[] ascii;

    private Pin(PinKind kind, byte[] ascii) {
        this.kind = kind;
        this.ascii = ascii;
    }

    /**
     * Upper-cases and checks {@code input}, then wipes it. Returns the format problem instead of a PIN when
     * the input could not possibly be right, so a malformed PIN never reaches the card.
     */
    public static Result of(PinKind kind, char[] input) {
        try {
            Optional<FormatProblem> problem = check(kind, input);
            if (problem.isPresent()) {
                return new Result(null, problem.get());
            }
            byte[] ascii = new byte[input.length];
            for (int i = 0; i < input.length; i++) {
                ascii[i] = (byte) Character.toUpperCase(input[i]);
            }
            return new Result(new Pin(kind, ascii), null);
        } finally {
            if (input != null) {
                Arrays.fill(input, '\0');
            }
        }
    }

    /** Format check without keeping anything; the input is not modified. */
    public static Optional<FormatProblem> check(PinKind kind, char[] input) {
        if (input == null || input.length < kind.minLength()) {
            return Optional.of(FormatProblem.TOO_SHORT);
        }
        if (input.length > kind.maxLength()) {
            return Optional.of(FormatProblem.TOO_LONG);
        }
        for (char c : input) {
            if (!kind.accepts(Character.toUpperCase(c))) {
                return Optional.of(kind.alphanumeric() ? FormatProblem.NOT_ALPHANUMERIC : FormatProblem.NOT_DIGITS);
            }
        }
        return Optional.empty();
    }

    public PinKind kind() {
        return kind;
    }

    public int length() {
        return ascii.length;
    }

    /** A copy of the ASCII bytes for the VERIFY body; the caller wipes it after sending. */
    public byte[] asciiCopy() {
        return ascii.clone();
    }

    @Override
    public void close() {
        Arrays.fill(ascii, (byte) 0);
    }

    @Override
    public String toString() {
        return "Pin[" + kind.id() + ", ****]";
    }

    /** Why an input is not a PIN of its kind. */
    public enum FormatProblem {
        TOO_SHORT, TOO_LONG, NOT_DIGITS, NOT_ALPHANUMERIC
    }

    /** Either a PIN or the reason the input was refused locally. */
    public record Result(Pin pin, FormatProblem problem) {
        public boolean ok() {
            return pin != null;
        }

        @Override
        public String toString() {
            return ok() ? "Result[" + pin + "]" : "Result[" + problem + "]";
        }
    }
}
