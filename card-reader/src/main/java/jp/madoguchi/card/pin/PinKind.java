package jp.madoguchi.card.pin;

/**
 * The PINs the kiosk can check, with their format and card-side limits (docs/card.md). Each has its own
 * counter on the card; a success resets only its own.
 */
public enum PinKind {
    /** 利用者証明用電子証明書 PIN: exactly 4 digits, 3 tries. JPKI AP, EF 0018. */
    AUTH("auth", 4, 4, false, 3, 0x0018),
    /** 署名用電子証明書 password: 6–16 of A–Z/0–9, 5 tries. JPKI AP, EF 001B. */
    SIGN("sign", 6, 16, true, 5, 0x001B),
    /** 券面事項入力補助用 PIN: exactly 4 digits, 3 tries. Kenhojo AP, EF 0011. */
    KENHOJO("kenhojo", 4, 4, false, 3, 0x0011);

    private final String id;
    private final int minLength;
    private final int maxLength;
    private final boolean alphanumeric;
    private final int maxTries;
    private final int efId;

    PinKind(String id, int minLength, int maxLength, boolean alphanumeric, int maxTries, int efId) {
        this.id = id;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.alphanumeric = alphanumeric;
        this.maxTries = maxTries;
        this.efId = efId;
    }

    /** Short id used in JSON and configuration ("auth", "sign", "kenhojo"). */
    public String id() {
        return id;
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** True when letters A–Z are allowed besides digits (input is upper-cased first). */
    public boolean alphanumeric() {
        return alphanumeric;
    }

    public int maxTries() {
        return maxTries;
    }

    /** The PIN's key reference EF in its application. */
    public int efId() {
        return efId;
    }

    /** True when the character (already upper-cased) may appear in this PIN. */
    public boolean accepts(char c) {
        return (c >= '0' && c <= '9') || (alphanumeric && c >= 'A' && c <= 'Z');
    }
}
