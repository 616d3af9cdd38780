package jp.madoguchi.card.virtual;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Ready-made response hooks for {@link VirtualMyNumberCard#respondWith}: the failures a host must survive
 * from a real reader or a damaged card.
 */
public final class ResponseHooks {
    private ResponseHooks() {}

    /** Answers after {@code delay}, as a slow contactless link does. */
    public static UnaryOperator<byte[]> delayed(Duration delay) {
        return response -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return response;
        };
    }

    /** Keeps the data but replaces the status word. */
    public static UnaryOperator<byte[]> statusWord(int sw) {
        return response -> {
            byte[] out = Arrays.copyOf(response, Math.max(2, response.length));
            out[out.length - 2] = (byte) (sw >> 8);
            out[out.length - 1] = (byte) sw;
            return out;
        };
    }

    /** Cuts every response to its first {@code length} bytes (0 or 1 leaves no status word at all). */
    public static UnaryOperator<byte[]> truncatedTo(int length) {
        return response -> Arrays.copyOf(response, Math.min(length, response.length));
    }

    /** Replaces every response with {@code bytes}, whatever was asked. */
    public static UnaryOperator<byte[]> always(byte[] bytes) {
        byte[] fixed = bytes.clone();
        return response -> fixed.clone();
    }
}
