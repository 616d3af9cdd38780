package jp.madoguchi.ui.controls;

import java.util.Arrays;

/**
 * The digits typed so far, in a {@code char[]} that is zeroed whenever digits leave it or are thrown away, so a PIN
 * never lingers in memory or in an immutable String. Not thread-safe: the FX thread owns it.
 */
final class PinBuffer {
    private final char[] digits;
    private int length;

    PinBuffer(int capacity) {
        this(new char[capacity]);
    }

    /** Uses {@code storage} as the buffer; tests pass their own array to watch it being wiped. */
    PinBuffer(char[] storage) {
        if (storage.length == 0) {
            throw new IllegalArgumentException("a PIN needs at least one digit");
        }
        this.digits = storage;
        Arrays.fill(digits, '\0');
    }

    /** Adds a digit; returns false (and keeps nothing) when the buffer is full or the key is not a digit. */
    boolean append(char digit) {
        if (length == digits.length || digit < '0' || digit > '9') {
            return false;
        }
        digits[length++] = digit;
        return true;
    }

    /** Removes the last digit, if any. */
    void back() {
        if (length > 0) {
            digits[--length] = '\0';
        }
    }

    void clear() {
        Arrays.fill(digits, '\0');
        length = 0;
    }

    /** Hands the digits over as a new array (the receiver must wipe it) and clears this buffer. */
    char[] take() {
        char[] copy = Arrays.copyOf(digits, length);
        clear();
        return copy;
    }

    int length() {
        return length;
    }

    int capacity() {
        return digits.length;
    }

    boolean isFull() {
        return length == digits.length;
    }
}
