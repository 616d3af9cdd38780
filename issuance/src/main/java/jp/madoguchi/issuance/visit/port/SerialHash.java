package jp.madoguchi.issuance.visit.port;

import java.util.Objects;

/**
 * A certificate serial as the journal keeps it: HMAC-SHA-256 under the kiosk's {@link SerialKey}. Two visits with
 * the same card can be linked on one kiosk that holds the key (a resident's own history, fraud review), but the
 * serial itself is not recoverable and the journal file alone links nothing.
 */
public record SerialHash(String hex) {
    public SerialHash {
        Objects.requireNonNull(hex, "hex");
    }
}
