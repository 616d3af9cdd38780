package jp.madoguchi.card.apdu;

/**
 * Status words the kiosk acts on, with masks so one entry covers a range (63Cx, 61xx, 6Cxx), in the style
 * of Open eCard's StatusWord. {@link #of(int)} picks the most specific match; unknown values map to
 * {@link #UNKNOWN}. Meanings: docs/card.md, status words.
 */
public enum StatusWord {
    OK(0x9000, 0x0000, "OK"),
    /** READ BINARY: the end of the file came before Le bytes; the data returned is valid. */
    END_OF_FILE(0x6282, 0x0000, "end of file before Le bytes"),
    MORE_DATA(0x6100, 0x00FF, "more data available (GET RESPONSE)"),
    WRONG_LE(0x6C00, 0x00FF, "wrong Le; resend with the right length"),
    /** 63C0 on an empty VERIFY means blocked; on a VERIFY with data it means the last try was just used. */
    COUNTER(0x63C0, 0x000F, "verification failed / tries left"),
    NO_RETRY_LIMIT(0x6300, 0x0000, "no retry limit"),
    WRONG_LENGTH(0x6700, 0x0000, "wrong length"),
    NOT_COMPATIBLE_WITH_FILE(0x6981, 0x0000, "command incompatible with file structure"),
    SECURITY_NOT_SATISFIED(0x6982, 0x0000, "security status not satisfied"),
    AUTH_METHOD_BLOCKED(0x6983, 0x0000, "authentication method blocked"),
    REFERENCE_DATA_BLOCKED(0x6984, 0x0000, "reference data blocked"),
    CONDITIONS_NOT_SATISFIED(0x6985, 0x0000, "conditions of use not satisfied"),
    FILE_NOT_FOUND(0x6A82, 0x0000, "file or application not found"),
    WRONG_P1P2(0x6A86, 0x0000, "incorrect P1/P2"),
    OFFSET_OUT_OF_RANGE(0x6B00, 0x0000, "offset past the end of the file"),
    INS_NOT_SUPPORTED(0x6D00, 0x0000, "instruction not supported"),
    CLA_NOT_SUPPORTED(0x6E00, 0x0000, "class not supported"),
    UNKNOWN(0x0000, 0xFFFF, "unknown status word");

    private final int value;
    private final int mask;
    private final String description;

    StatusWord(int value, int mask, String description) {
        this.value = value;
        this.mask = mask;
        this.description = description;
    }

    public static StatusWord of(int sw) {
        StatusWord best = UNKNOWN;
        for (StatusWord candidate : values()) {
            if (candidate != UNKNOWN && (sw & ~candidate.mask) == candidate.value
                    && Integer.bitCount(candidate.mask) < Integer.bitCount(best.mask)) {
                best = candidate;
            }
        }
        return best;
    }

    /** The variable part under the mask, e.g. tries left for 63Cx or the length for 61xx/6Cxx. */
    public static int parameter(int sw) {
        return sw & of(sw).mask;
    }

    public boolean matches(int sw) {
        return this != UNKNOWN && (sw & ~mask) == value;
    }

    /** Both "blocked" words; 6983 is not reported by any source but is treated as blocked anyway. */
    public boolean isBlocked() {
        return this == AUTH_METHOD_BLOCKED || this == REFERENCE_DATA_BLOCKED;
    }

    /** The status word itself, for the fixed entries (the base value for masked ones). */
    public int value() {
        return value;
    }

    public String description() {
        return description;
    }

    public static String describe(int sw) {
        return String.format("%04X (%s)", sw, of(sw).description);
    }
}
